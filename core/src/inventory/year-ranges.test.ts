import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatYearRanges, parseYearRanges } from "./year-ranges";

describe("year ranges", () => {
  it("compresses runs and lists isolated years", () => {
    expect(formatYearRanges([2018, 2010, 2011, 2012, 2013, 2014, 2015, 2020, 2021])).toBe(
      "2010-2015; 2018; 2020-2021",
    );
    expect(formatYearRanges([])).toBe("");
  });

  it("reads what people type: commas, en dashes, spaces", () => {
    expect(parseYearRanges("2010 – 2012, 2018")).toEqual({
      ok: true,
      years: [2010, 2011, 2012, 2018],
    });
    expect(parseYearRanges("  ")).toEqual({ ok: true, years: [] });
  });

  it("rejects backwards ranges, out-of-range years and words", () => {
    expect(parseYearRanges("2015-2010").ok).toBe(false);
    expect(parseYearRanges("1700").ok).toBe(false);
    expect(parseYearRanges("since 2010").ok).toBe(false);
  });

  it("round-trips any set of years", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1800, max: 2200 })), (years) => {
        const expected = [...new Set(years)].sort((a, b) => a - b);
        expect(parseYearRanges(formatYearRanges(years))).toEqual({ ok: true, years: expected });
      }),
    );
  });
});
