import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { describe, expect, it } from "vitest";
import { contextIndicatorIds } from "./context-mentions";
import { createMentionMatcher } from "./mention-matcher";
import { selectPageMentions } from "./page-mentions";
import { codeOwnersOf, withWrittenCode } from "./written-codes";

const matcher = createMentionMatcher(getCatalogueIndex(), { lang: "en" });
const owners = codeOwnersOf(getCatalogue());

describe("withWrittenCode", () => {
  const settled = (text: string) =>
    matcher.findMentions(text).map((m) => withWrittenCode(text, m, owners).id);

  it("names the indicator of the code written whole, not of the shorter code it reads like", () => {
    expect(settled("series SM.POP.REFG.OR, 2022")).toEqual(["stock-refugees-abroad"]);
    expect(settled("series sm_pop_refg_or")).toEqual(["stock-refugees-abroad"]);
    expect(settled("series SM.POP.REFG, 2022")).toEqual(["stock-refugees-hosted"]);
  });

  it("leaves words that are no code alone", () => {
    const text = "6.5 million refugees in 2022";
    const [m] = matcher.findMentions(text);
    expect(m && withWrittenCode(text, m, owners)).toBe(m);
  });

  it("settles the page's mentions when the owners are given", () => {
    const text = "In 2022, SM.POP.REFG.OR was 6.5 million.";
    const ids = selectPageMentions(matcher.findMentions(text), text, {
      contextIds: contextIndicatorIds(getCatalogue()),
      codeOwners: owners,
    }).map((m) => [m.id, m.alternatives]);
    expect(ids).toEqual([["stock-refugees-abroad", undefined]]);
  });
});
