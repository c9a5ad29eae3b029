import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import { TABLE_WARMUP_STEPS, warmTableDetection } from "./table-warmup";

describe("table detection warm-up", () => {
  test("runs each step once, in order, then says it is done", () => {
    let steps = 0;
    while (warmTableDetection()) steps++;
    expect(steps).toBe(TABLE_WARMUP_STEPS.length);
    expect(warmTableDetection()).toBe(false);
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
