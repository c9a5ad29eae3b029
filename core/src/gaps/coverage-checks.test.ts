import { describe, expect, it } from "vitest";
import {
  PARTLY_TIMELY_GRACE_YEARS,
  checkDisaggregation,
  checkGeographic,
  checkReporting,
  checkTimeliness,
} from "./coverage-checks";
import { immigrationNeed, makeRecord } from "./testing/small-catalogue";

const need = immigrationNeed({ geography: "admin-1" });

describe("disaggregation", () => {
  it("lists the one missing breakdown when all but one are present (partly met)", () => {
    const check = checkDisaggregation(need, [
      makeRecord({ id: "r1", breakdowns: [{ kind: "sex" }, { kind: "country" }] }),
    ]);
    expect(check.status).toBe("partly-met");
    expect(check.missingBreakdowns).toEqual(["age"]);
    expect(check.detail).toContain("age");
  });

  it("combines breakdowns across records", () => {
    const check = checkDisaggregation(need, [
      makeRecord({ id: "r1", breakdowns: [{ kind: "sex" }] }),
      makeRecord({ id: "r2", breakdowns: [{ kind: "age" }, { kind: "country" }] }),
    ]);
    expect(check.status).toBe("met");
    expect(check.missingBreakdowns).toBeUndefined();
  });

  it("is not met when no required breakdown is present", () => {
    const check = checkDisaggregation(need, [makeRecord({ id: "r1", breakdowns: [] })]);
    expect(check.status).toBe("not-met");
    expect(check.missingBreakdowns).toEqual(["sex", "age", "country"]);
  });
});

describe("reporting frequency", () => {
  it("accepts finer publication than needed and picks the finest record", () => {
    const check = checkReporting(need, [
      makeRecord({ id: "slow", periodicity: "multi-year" }),
      makeRecord({ id: "fast", periodicity: "quarterly" }),
    ]);
    expect(check.status).toBe("met");
    expect(check.recordIds).toEqual(["fast"]);
  });

  it("is partly met one step coarser, not met further away, partly met when unknown", () => {
    expect(checkReporting(need, [makeRecord({ id: "a", periodicity: "multi-year" })]).status).toBe(
      "partly-met",
    );
    expect(checkReporting(need, [makeRecord({ id: "a", periodicity: "ad-hoc" })]).status).toBe(
      "not-met",
    );
    expect(checkReporting(need, [makeRecord({ id: "a", periodicity: "unknown" })]).status).toBe(
      "partly-met",
    );
  });
});

describe("timeliness", () => {
  const threshold = 2022;
  it("compares the latest year of any record with the threshold", () => {
    const met = checkTimeliness(threshold, [
      makeRecord({ id: "old", years: [2010] }),
      makeRecord({ id: "new", years: [2022] }),
    ]);
    expect(met.status).toBe("met");
    expect(met.recordIds).toEqual(["new"]);
    const partly = checkTimeliness(threshold, [
      makeRecord({ id: "a", years: [threshold - PARTLY_TIMELY_GRACE_YEARS] }),
    ]);
    expect(partly.status).toBe("partly-met");
    expect(partly.detail).toContain(`needed ${threshold}`);
    const late = checkTimeliness(threshold, [
      makeRecord({ id: "a", years: [threshold - PARTLY_TIMELY_GRACE_YEARS - 1] }),
    ]);
    expect(late.status).toBe("not-met");
    expect(checkTimeliness(threshold, [makeRecord({ id: "a", years: [] })]).status).toBe("not-met");
  });
});

describe("geographic", () => {
  it("needs the requested level; some sub-national detail is partly met", () => {
    const admin2Need = { ...need, geography: "admin-2" as const };
    expect(checkGeographic(need, [makeRecord({ id: "a", geography: "admin-2" })]).status).toBe(
      "met",
    );
    expect(
      checkGeographic(admin2Need, [makeRecord({ id: "a", geography: "admin-1" })]).status,
    ).toBe("partly-met");
    const national = checkGeographic(need, [makeRecord({ id: "a", geography: "national" })]);
    expect(national.status).toBe("not-met");
    expect(national.detail).toContain("needed admin-1");
  });
});
