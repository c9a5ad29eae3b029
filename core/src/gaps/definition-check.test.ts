import { describe, expect, it } from "vitest";
import type { Indicator } from "../catalogue/schema";
import { checkDefinition, compareDefinition } from "./definition-check";
import type { SourceRecord } from "../inventory/source-record";
import { makeRecord, smallCatalogue } from "./testing/small-catalogue";

function indicator(id: string): Indicator {
  const found = smallCatalogue.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}
const immigration = indicator("immigration-flow");

function undocumented(id: string): SourceRecord {
  const record = makeRecord({ id });
  delete record.definition;
  return record;
}

describe("compareDefinition", () => {
  it("explains a national variant field by field against the standard", () => {
    const differences = compareDefinition(smallCatalogue, immigration, {
      variant: "ru-place-of-stay-9-months",
    });
    expect(differences.map((d) => d.field)).toEqual(["residenceThresholdMonths", "residenceBasis"]);
    expect(differences[0]?.text).toBe(
      "residence threshold 9 months vs 12 months (standard: UN 1998)",
    );
    expect(differences[1]?.text).toContain("registered residence vs usual residence");
    expect(differences[0]?.standardId).toBe("un-1998");
  });

  it("lets record params override the concept, and finds no difference when they agree", () => {
    expect(
      compareDefinition(smallCatalogue, immigration, {
        concept: "long-term-migrant",
        params: { residenceThresholdMonths: 6 },
      }).map((d) => d.record),
    ).toEqual(["6 months"]);
    expect(
      compareDefinition(smallCatalogue, immigration, { params: { residenceThresholdMonths: 12 } }),
    ).toEqual([]);
  });

  it("treats a named variant with only a note as a deviation", () => {
    const differences = compareDefinition(smallCatalogue, immigration, {
      concept: "long-term-migrant",
      variant: "note-only-variant",
    });
    expect(differences).toHaveLength(1);
    expect(differences[0]?.text).toContain("Residual estimate");
  });
});

describe("checkDefinition", () => {
  it("is met when any record follows the standard", () => {
    const check = checkDefinition(smallCatalogue, immigration, [
      makeRecord({ id: "ru", definition: { variant: "ru-place-of-stay-9-months" } }),
      makeRecord({ id: "std", definition: { concept: "long-term-migrant" } }),
    ]);
    expect(check.status).toBe("met");
    expect(check.recordIds).toEqual(["std"]);
  });

  it("is not met, with the differences, when every record deviates", () => {
    const check = checkDefinition(smallCatalogue, immigration, [
      makeRecord({ id: "ru", definition: { variant: "ru-place-of-stay-9-months" } }),
    ]);
    expect(check.status).toBe("not-met");
    expect(check.differences).toHaveLength(2);
    expect(check.detail).toContain("9 months vs 12 months");
  });

  it("is partly met when the definition is not documented", () => {
    expect(checkDefinition(smallCatalogue, immigration, [undocumented("x")]).status).toBe(
      "partly-met",
    );
  });

  it("has nothing to compare for indicators without concepts", () => {
    const check = checkDefinition(smallCatalogue, indicator("migration-policy"), [
      undocumented("x"),
    ]);
    expect(check.status).toBe("met");
  });
});
