import { describe, expect, it } from "vitest";
import { approxSearch } from "./approx-match";
import { reanchor } from "./reanchor";
import { describeTextRange, QUOTE_CONTEXT_LENGTH } from "./text-selectors";

const page =
  "Statistiques annuelles. En 2014, le nombre de décisions positives en première instance " +
  "a atteint 1880 pour l'Afghanistan. Les décisions positives sont publiées chaque trimestre.";
const start = page.indexOf("décisions positives en première instance");
const end = start + "décisions positives en première instance".length;
const selectors = describeTextRange(page, start, end);

describe("describeTextRange", () => {
  it("stores the quote with 32 characters of context and the position", () => {
    expect(selectors).toEqual([
      {
        type: "TextQuoteSelector",
        exact: "décisions positives en première instance",
        prefix: page.slice(start - QUOTE_CONTEXT_LENGTH, start),
        suffix: page.slice(end, end + QUOTE_CONTEXT_LENGTH),
      },
      { type: "TextPositionSelector", start, end },
    ]);
  });
});

describe("reanchor", () => {
  it("anchors by position on unchanged text", () => {
    expect(reanchor(page, selectors)).toEqual({
      status: "anchored",
      start,
      end,
      method: "position",
    });
  });

  it("finds moved text by its exact quote, picking the repeat with the right context", () => {
    const moved = `Nouvelle introduction ajoutée en tête de page. ${page}`;
    const result = reanchor(moved, selectors);
    const shift = moved.length - page.length;
    expect(result).toEqual({
      status: "anchored",
      start: start + shift,
      end: end + shift,
      method: "quote-exact",
    });
  });

  it("reports changed text found approximately", () => {
    const edited = page.replace(
      "décisions positives en première instance",
      "décisions positives en 1re instance",
    );
    const result = reanchor(edited, selectors);
    expect(result.status).toBe("changed");
    expect(result.method).toBe("quote-fuzzy");
    expect(edited.slice(result.start, result.end)).toBe(result.text);
    expect(result.text).toContain("1re instance");
  });

  it("orphans deleted text", () => {
    const deleted = "Statistiques annuelles. Le tableau a été retiré de cette page.";
    expect(reanchor(deleted, selectors)).toEqual({ status: "orphaned" });
  });
});

describe("approxSearch", () => {
  it("finds a pattern with up to k edits and reports the errors", () => {
    const found = approxSearch("xx demandes d'asyle yy", "demandes d'asile", 2, 5);
    expect(found).toEqual([{ start: 3, end: 19, errors: 1 }]);
    expect(approxSearch("nothing alike here", "demandes d'asile", 2, 5)).toEqual([]);
  });
});
