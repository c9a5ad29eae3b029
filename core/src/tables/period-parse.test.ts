import { describe, expect, it } from "vitest";
import { isShortSpan, isYearRun, parsePeriods } from "./period-parse";
import { summarizePeriods } from "./period-summary";

describe("parsePeriods", () => {
  it.each([
    ["2016", [{ year: 2016 }]],
    ["2020M02", [{ year: 2020, month: 2 }]],
    ["2020-02", [{ year: 2020, month: 2 }]],
    ["JAN2009", [{ year: 2009, month: 1 }]],
    ["Q1 2019", [{ year: 2019, quarter: 1 }]],
    ["2019Q3", [{ year: 2019, quarter: 3 }]],
    ["I квартал 2019", [{ year: 2019, quarter: 1 }]],
    ["за январь - декабрь 2016 года", [{ year: 2016 }]],
    ["février 2021", [{ year: 2021, month: 2 }]],
    ["Population start-2015", [{ year: 2015 }]],
  ])("reads %s", (text, expected) => {
    expect(parsePeriods(text).periods).toEqual(expected);
  });

  it("reads periods whose end year lost its century as both years", () => {
    expect(parsePeriods("1950-55").periods).toEqual([{ year: 1950 }, { year: 1955 }]);
    expect(parsePeriods("1950 – 55").periods).toEqual([{ year: 1950 }, { year: 1955 }]);
    expect(parsePeriods("2095-00").periods).toEqual([{ year: 2095 }, { year: 2100 }]);
    expect(parsePeriods("2018/19").periods).toEqual([{ year: 2018 }, { year: 2019 }]);
    expect(parsePeriods("2015-20*").periods).toEqual([{ year: 2015 }, { year: 2020 }]);
    // An end a month could be stays a month unless the caller saw spans among the labels.
    expect(parsePeriods("2005-10").periods).toEqual([{ year: 2005, month: 10 }]);
    expect(parsePeriods("2005-10", { shortSpans: true }).periods).toEqual([
      { year: 2005 },
      { year: 2010 },
    ]);
    // A date keeps its month; a month before the start year is no span; spans are short.
    expect(parsePeriods("2020-01-31", { shortSpans: true }).periods).toEqual([
      { year: 2020, month: 1 },
    ]);
    expect(parsePeriods("2020-02", { shortSpans: true }).periods).toEqual([
      { year: 2020, month: 2 },
    ]);
    expect(parsePeriods("2010-25").periods).toEqual([{ year: 2010 }]);
    expect(isShortSpan("1950-55")).toBe(true);
    expect(isShortSpan("2005-10")).toBe(false);
    expect(isShortSpan("1950-1955")).toBe(false);
  });

  it("reads an acronym's edition year as no period, months and fiscal years aside", () => {
    for (const label of ["прибыток\nРСФСР-1991", "EU27_2020", "NUTS-2016 regions", "ISCED-2011"])
      expect(parsePeriods(label).periods, label).toEqual([]);
    expect(parsePeriods("JAN-2019").periods).toEqual([{ year: 2019, month: 1 }]);
    expect(parsePeriods("FY-2019").periods).toEqual([{ year: 2019 }]);
    expect(parsePeriods("Population start-2015").periods).toEqual([{ year: 2015 }]);
  });

  it("reads a whole number in range as a year, and nothing else", () => {
    expect(parsePeriods(2016).periods).toEqual([{ year: 2016 }]);
    expect(parsePeriods(2016.5).periods).toEqual([]);
    // Historical series start with the first censuses.
    expect(parsePeriods(1850).periods).toEqual([{ year: 1850 }]);
    expect(parsePeriods(1750).periods).toEqual([]);
  });

  it("reads 19th-century numbers as years only when they run in order", () => {
    expect(isYearRun([1850, 1860, 1870, 1880])).toBe(true);
    expect(isYearRun([1850, 1860])).toBe(false);
    expect(isYearRun([2016, 2015, 2017])).toBe(true);
    // Counts that happen to fall between 1800 and 1900 are no header.
    expect(isYearRun([1850, 1812, 1877])).toBe(false);
    expect(isYearRun([1850, 1850])).toBe(false);
    expect(isYearRun([1750, 1760])).toBe(false);
    expect(isYearRun([2016])).toBe(false);
  });

  it("returns a lone month apart, and does not read words that start like months", () => {
    expect(parsePeriods("January")).toEqual({ periods: [], monthOnly: 1 });
    expect(parsePeriods("Major decreases").periods).toEqual([]);
    expect(parsePeriods("Inflow ").periods).toEqual([]);
  });
});

describe("summarizePeriods", () => {
  it("finds the monthly frequency, the span and the holes", () => {
    const s = summarizePeriods([
      { year: 2020, month: 2 },
      { year: 2020, month: 3 },
      { year: 2020, month: 5 },
    ]);
    expect(s).toMatchObject({
      frequency: "monthly",
      first: "2020-02",
      last: "2020-05",
      holes: ["2020-04"],
      years: [2020],
    });
  });

  it("calls five-yearly series multi-year and measures holes at their own step", () => {
    const s = summarizePeriods([1990, 1995, 2005].map((year) => ({ year })));
    expect(s).toMatchObject({
      frequency: "multi-year",
      first: "1990",
      last: "2005",
      holes: ["2000"],
    });
  });

  it("reports no frequency without periods", () => {
    expect(summarizePeriods([])).toMatchObject({ frequency: "none", first: null, last: null });
  });
});
