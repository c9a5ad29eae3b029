import { describe, expect, test } from "vitest";
import {
  describeTextRangeFallback,
  QUOTE_CONTEXT_CHARS,
  reanchorFallback,
} from "./fallback-anchoring";

const TEXT = "En 2014, la Suisse a reçu 23 765 demandes d'asile, dont 6 199 décisions positives.";

describe("fallback anchoring", () => {
  const start = TEXT.indexOf("demandes d'asile");
  const selectors = describeTextRangeFallback(TEXT, start, start + "demandes d'asile".length);

  test("keeps at most 32 characters of context each side", () => {
    const quote = selectors.find((s) => s.type === "TextQuoteSelector");
    expect(quote?.prefix?.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
    expect(quote?.suffix?.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
  });

  test("anchored when unchanged, changed when moved, orphaned when gone", () => {
    expect(reanchorFallback(TEXT, selectors).status).toBe("anchored");
    const moved = reanchorFallback(`Mise à jour. ${TEXT}`, selectors);
    expect(moved.status).toBe("changed");
    expect(moved.start).toBe(start + "Mise à jour. ".length);
    expect(reanchorFallback(TEXT.replace("demandes d'asile", "requêtes"), selectors).status).toBe(
      "orphaned",
    );
  });
});
