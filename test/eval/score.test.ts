import { describe, expect, it } from "vitest";
import type { ExpectedSheet, ExpectedTable } from "./expected-schema";
import {
  addTallies,
  detectedYearSpan,
  emptyTally,
  indicatorHits,
  kindCounts,
  pairTables,
  rangeOverlap,
  rates,
  roleMatches,
  scoreSheet,
  type DetectedForScoring,
} from "./score";

function expectedTable(overrides: Partial<ExpectedTable> = {}): ExpectedTable {
  return {
    range: "A1:D10",
    about: "test table",
    indicators: ["stock-refugees-hosted"],
    dimensions: [{ kind: "country", role: "asylum" }],
    years: { first: 2015, last: 2015 },
    ...overrides,
  };
}

function detected(overrides: Partial<DetectedForScoring> = {}): DetectedForScoring {
  return {
    range: "A1:D10",
    indicators: [{ id: "stock-refugees-hosted", score: 0.8 }],
    dimensions: [{ kind: "country", role: "asylum" }],
    periods: { years: [2015], first: "2015", last: "2015" },
    ...overrides,
  };
}

describe("rangeOverlap", () => {
  it("is 1 for the same range, 0 for disjoint ones, intersection over union otherwise", () => {
    expect(rangeOverlap("A1:D10", "A1:D10")).toBe(1);
    expect(rangeOverlap("A1:B2", "C3:D4")).toBe(0);
    // 2x2 inside 4x4: 4 / 16.
    expect(rangeOverlap("A1:D4", "A1:B2")).toBeCloseTo(0.25);
    // Two 1x4 rows sharing 2 cells: 2 / (4 + 4 - 2).
    expect(rangeOverlap("A1:D1", "C1:F1")).toBeCloseTo(2 / 6);
  });

  it("is 0 when a range does not parse", () => {
    expect(rangeOverlap("not a range", "A1:B2")).toBe(0);
  });
});

describe("pairTables", () => {
  it("pairs one to one by best overlap and reports the rest", () => {
    const expected = [{ range: "A1:D10" }, { range: "A20:D30" }, { range: "A50:D60" }];
    const found = [{ range: "A21:D30" }, { range: "A1:D9" }, { range: "H1:H2" }];
    const p = pairTables(expected, found);
    expect(p.pairs.map((x) => [x.expected.range, x.detected.range])).toEqual([
      ["A1:D10", "A1:D9"],
      ["A20:D30", "A21:D30"],
    ]);
    expect(p.missed.map((e) => e.range)).toEqual(["A50:D60"]);
    expect(p.extra.map((d) => d.range)).toEqual(["H1:H2"]);
  });

  it("gives a detected table to the expected table it overlaps most", () => {
    // One detection spanning two stacked tables pairs with the bigger one only.
    const p = pairTables([{ range: "A1:C4" }, { range: "A6:C20" }], [{ range: "A1:C20" }]);
    expect(p.pairs).toHaveLength(1);
    expect(p.pairs[0]?.expected.range).toBe("A6:C20");
    expect(p.missed.map((e) => e.range)).toEqual(["A1:C4"]);
  });

  it("does not pair ranges that overlap too little", () => {
    expect(pairTables([{ range: "A1:J10" }], [{ range: "A1:B2" }]).pairs).toEqual([]);
  });
});

describe("indicatorHits", () => {
  it("counts top-1 only for the first indicator and top-3 for any of the first three", () => {
    expect(indicatorHits(["a", "b"], ["b", "x"])).toEqual({ top1: true, top3: true });
    expect(indicatorHits(["a"], ["x", "y", "a"])).toEqual({ top1: false, top3: true });
    expect(indicatorHits(["a"], ["x", "y", "z", "a"])).toEqual({ top1: false, top3: false });
    expect(indicatorHits(["a"], [])).toEqual({ top1: false, top3: false });
  });
});

describe("kindCounts", () => {
  it("treats kinds as multisets", () => {
    const c = kindCounts(["country", "country", "time"], ["country", "sex", "time"]);
    expect(c).toMatchObject({ tp: 2, fp: 1, fn: 1, missing: ["country"], unexpected: ["sex"] });
  });

  it("counts every expected kind as missed when nothing was detected", () => {
    expect(kindCounts(["age", "sex"], [])).toMatchObject({ tp: 0, fp: 0, fn: 2 });
  });
});

describe("roleMatches", () => {
  it("matches each expected role to a distinct detected breakdown", () => {
    const r = roleMatches(
      [{ kind: "country", role: "origin" }, { kind: "country", role: "asylum" }, { kind: "time" }],
      [
        { kind: "country", role: "origin" },
        { kind: "country", role: "origin" },
      ],
    );
    expect(r).toEqual({ expected: 2, correct: 1 });
  });

  it("accepts any role of a list and needs the same kind", () => {
    const expected = [
      { kind: "country" as const, role: ["asylum" as const, "destination" as const] },
    ];
    expect(roleMatches(expected, [{ kind: "country", role: "destination" }])).toEqual({
      expected: 1,
      correct: 1,
    });
    expect(roleMatches(expected, [{ kind: "region", role: "destination" }]).correct).toBe(0);
  });
});

describe("detectedYearSpan", () => {
  it("reads the years list, else the first and last periods", () => {
    expect(detectedYearSpan({ years: [2019, 2015, 2017], first: null, last: null })).toEqual({
      first: 2015,
      last: 2019,
    });
    expect(detectedYearSpan({ years: [], first: "2020-02", last: "2021-11" })).toEqual({
      first: 2020,
      last: 2021,
    });
    expect(detectedYearSpan({ years: [], first: null, last: null })).toBeNull();
  });
});

describe("scoreSheet", () => {
  it("scores a well-detected table as right on every count", () => {
    const sheet: ExpectedSheet = { name: "s", tables: [expectedTable()] };
    const { tally } = scoreSheet(sheet, [detected()]);
    expect(tally).toMatchObject({ pairedTables: 1, top1: 1, top3: 1, kindTp: 1, rolesCorrect: 1 });
    expect(rates(tally)).toMatchObject({ top3: 1, kindF1: 1, yearAccuracy: 1 });
  });

  it("counts the top-1 hits that rest on a guess, and only hits", () => {
    const sheet: ExpectedSheet = { name: "s", tables: [expectedTable()] };
    const guessed = (id: string) =>
      scoreSheet(sheet, [detected({ indicators: [{ id, score: 0.15, guess: true }] })]).tally;
    expect(guessed("stock-refugees-hosted")).toMatchObject({ top1: 1, top1Guessed: 1 });
    expect(guessed("flow-immigration")).toMatchObject({ top1: 0, top1Guessed: 0 });
    expect(scoreSheet(sheet, [detected()]).tally).toMatchObject({ top1: 1, top1Guessed: 0 });
  });

  it("counts a missed table against indicators, breakdowns and years", () => {
    const sheet: ExpectedSheet = { name: "s", tables: [expectedTable()] };
    const { tally, outcomes } = scoreSheet(sheet, []);
    expect(tally).toMatchObject({ missedTables: 1, indicatorTables: 1, top3: 0, kindFn: 1 });
    expect(rates(tally)).toMatchObject({ top3: 0, kindRecall: 0, yearAccuracy: 0 });
    expect(outcomes[0]?.detectedRange).toBeNull();
  });

  it("flags a non-migration table given an indicator at or above the threshold", () => {
    const control = expectedTable({ indicators: [], dimensions: [{ kind: "time" }] });
    const sheet: ExpectedSheet = { name: "s", tables: [control] };
    const weak = detected({ indicators: [{ id: "ctx-population", score: 0.2 }] });
    expect(scoreSheet(sheet, [weak], { minIndicatorScore: 0.3 }).tally.controlsGivenIndicator).toBe(
      0,
    );
    expect(scoreSheet(sheet, [weak]).tally.controlsGivenIndicator).toBe(1);
    const t = scoreSheet(sheet, [detected({ indicators: [] })]).tally;
    expect(rates(t).falseIndicatorRate).toBe(0);
    // Controls are not part of indicator accuracy.
    expect(t.indicatorTables).toBe(0);
  });

  it("counts tables found on a sheet expected to hold none", () => {
    const { tally, extraRanges } = scoreSheet({ name: "ToC", tables: [] }, [detected()]);
    expect(tally).toMatchObject({ extraTables: 1, tablesOnEmptySheets: 1, expectedTables: 0 });
    expect(extraRanges).toEqual(["A1:D10"]);
  });

  it("marks wrong years and wrong indicators", () => {
    const sheet: ExpectedSheet = { name: "s", tables: [expectedTable()] };
    const off = detected({
      indicators: [{ id: "flow-visas", score: 0.9 }],
      periods: { years: [2014, 2015], first: "2014", last: "2015" },
    });
    const { outcomes } = scoreSheet(sheet, [off]);
    expect(outcomes[0]).toMatchObject({ top1: false, top3: false, yearsRight: false });
  });
});

describe("tallies and rates", () => {
  it("adds counts and leaves unmeasured rates null", () => {
    const a = { ...emptyTally(), indicatorTables: 2, top3: 1, kindTp: 3, kindFp: 1, kindFn: 1 };
    const b = { ...emptyTally(), indicatorTables: 2, top3: 2 };
    const sum = addTallies(a, b);
    expect(sum.indicatorTables).toBe(4);
    const r = rates(sum);
    expect(r.top3).toBeCloseTo(0.75);
    expect(r.kindPrecision).toBeCloseTo(0.75);
    expect(r.kindF1).toBeCloseTo(0.75);
    expect(r.yearAccuracy).toBeNull();
    expect(r.falseIndicatorRate).toBeNull();
  });
});
