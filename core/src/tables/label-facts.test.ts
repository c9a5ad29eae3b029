import { describe, expect, it } from "vitest";
import { lookupPlace } from "./country-names";
import { labelFacts } from "./label-facts";

describe("labelFacts", () => {
  it("is one shared object per label text", () => {
    expect(labelFacts("Germany")).toBe(labelFacts("Germany"));
    expect(labelFacts("Germany")).not.toBe(labelFacts("France"));
  });

  it("tells countries, regions, totals, category words and periods apart", () => {
    expect(labelFacts("Germany3").place).toEqual(lookupPlace("Germany3"));
    expect(labelFacts("Germany3").place?.kind).toBe("country");
    expect(labelFacts("Волгоградская область").isRegion).toBe(true);
    expect(labelFacts("Волгоградская область").place).toBeUndefined();
    expect(labelFacts("Total").isTotal).toBe(true);
    expect(labelFacts("Germany").isTotal).toBe(false);
    expect(labelFacts("Females").vocabKinds).toEqual(["sex"]);
    expect(labelFacts("2019Q1").namesPeriod).toBe(true);
    expect(labelFacts("Germany").namesPeriod).toBe(false);
  });

  it("answers the same when asked again, also for a label that names no place", () => {
    const f = labelFacts("Not a place at all");
    expect(f.place).toBeUndefined();
    expect(f.place).toBeUndefined();
    expect(f.vocabKinds).toBe(f.vocabKinds);
  });
});
