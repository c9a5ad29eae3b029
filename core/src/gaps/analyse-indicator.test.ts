import { describe, expect, it } from "vitest";
import type { Indicator } from "../catalogue/schema";
import type { SourceRecord } from "../inventory/source-record";
import { analyseIndicator } from "./analyse-indicator";
import { DEFAULT_SCORE_WEIGHTS } from "./scoring";
import { immigrationNeed, makeRecord, smallCatalogue } from "./testing/small-catalogue";

const immigration = smallCatalogue.indicators.find((i) => i.id === "immigration-flow") as Indicator;
const need = immigrationNeed();
const analyse = (records: SourceRecord[]) =>
  analyseIndicator(smallCatalogue, immigration, need, 2025, records, DEFAULT_SCORE_WEIGHTS);

describe("analyseIndicator", () => {
  it("scores a complete, open, standard record 100 and available", () => {
    const result = analyse([makeRecord({ id: "ok" })]);
    expect(result.availability).toBe("available");
    expect(result.score).toBe(100);
    expect(result.checks.every((c) => c.status === "met")).toBe(true);
    expect(result.lastYear).toBe(2023);
  });

  it("with no records: availability none, only a data gap, score 0", () => {
    const other = makeRecord({ id: "other", indicators: ["remittances-received"] });
    const result = analyse([other]);
    expect(result.availability).toBe("none");
    expect(result.checks.map((c) => c.type)).toEqual(["data"]);
    expect(result.checks[0]?.status).toBe("not-met");
    expect(result.score).toBe(0);
    expect(result.recordIds).toEqual([]);
  });

  it("proxy-only: proxy-or-national-variant, data partly met, score between 0 and 100", () => {
    const result = analyse([makeRecord({ id: "proxy", proxy: true })]);
    expect(result.availability).toBe("proxy-or-national-variant");
    expect(result.checks.find((c) => c.type === "data")?.status).toBe("partly-met");
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(100);
  });

  it("ignores proxies when a direct record exists", () => {
    const result = analyse([
      makeRecord({ id: "proxy", proxy: true, years: [2024] }),
      makeRecord({ id: "direct", years: [2015] }),
    ]);
    expect(result.checks.find((c) => c.type === "data")?.recordIds).toEqual(["direct"]);
    expect(result.lastYear).toBe(2015);
  });

  it("all breakdowns but one: partial availability, one missing breakdown", () => {
    const result = analyse([
      makeRecord({ id: "r", breakdowns: [{ kind: "sex" }, { kind: "age" }] }),
    ]);
    expect(result.availability).toBe("partial");
    const gap = result.checks.find((c) => c.type === "disaggregation");
    expect(gap?.missingBreakdowns).toEqual(["country"]);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBeGreaterThan(90);
  });

  it("a national variant makes availability proxy-or-national-variant", () => {
    const result = analyse([
      makeRecord({ id: "ru", definition: { variant: "ru-place-of-stay-9-months" } }),
    ]);
    expect(result.availability).toBe("proxy-or-national-variant");
  });

  it("conflicting records: best coverage wins, the conflict is flagged", () => {
    const standard = makeRecord({ id: "std", years: [2018, 2019], breakdowns: [{ kind: "sex" }] });
    const variant = makeRecord({
      id: "ru",
      years: [2019, 2023],
      definition: { variant: "ru-place-of-stay-9-months" },
    });
    const result = analyse([standard, variant]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]?.recordIds).toEqual(["std", "ru"]);
    expect(result.conflicts[0]?.reason).toContain("2019");
    // Best coverage: breakdowns from "ru", timeliness from 2023, definition from "std".
    expect(result.checks.find((c) => c.type === "disaggregation")?.status).toBe("met");
    expect(result.checks.find((c) => c.type === "timeliness")?.status).toBe("met");
    expect(result.checks.find((c) => c.type === "definition")?.status).toBe("met");
    expect(result.availability).toBe("available");
  });

  it("flags conflicts a merge recorded", () => {
    const result = analyse([
      makeRecord({ id: "a", conflictsWith: ["b"], years: [2010] }),
      makeRecord({ id: "b", years: [2023] }),
    ]);
    expect(result.conflicts).toEqual([
      { recordIds: ["a", "b"], reason: "marked as conflicting when merged" },
    ]);
  });
});
