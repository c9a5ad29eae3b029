import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import {
  AGAIN,
  TABLE_WARMUP_STEPS,
  isTableDetectionWarm,
  warmTableDetection,
} from "./table-warmup";

describe("table detection warm-up", () => {
  test("runs every step, repeating those with more of the same to do, then says it is done", () => {
    let calls = 0;
    while (warmTableDetection()) calls++;
    // The word sets and regexes are built a piece per call: more calls than steps.
    expect(calls).toBeGreaterThan(TABLE_WARMUP_STEPS.length);
    expect(isTableDetectionWarm()).toBe(true);
    expect(warmTableDetection()).toBe(false);
    // Once done, a repeating step has nothing left: it does not ask to run again.
    expect(TABLE_WARMUP_STEPS.map((step) => step()).filter((r) => r === AGAIN)).toEqual([]);
  });

  test("its last tables reach the end of detection: a table, an indicator, a country breakdown", () => {
    // Warming only helps if the small tables go where a real one goes.
    const results = TABLE_WARMUP_STEPS.slice(-2).map((step) => step());
    for (const detected of results) {
      expect(Array.isArray(detected) && detected.length).toBe(1);
    }
    const [last] = results.at(-1) as {
      indicators: { id: string }[];
      dimensions: { kind: string }[];
    }[];
    expect(last?.indicators.map((i) => i.id)).toContain("flow-asylum-applications");
    expect(last?.dimensions.map((d) => d.kind)).toContain("country");
  });
});
