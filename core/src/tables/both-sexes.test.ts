import { describe, expect, it } from "vitest";
import { dimensionOfRowLabels, dimensionsOfColumns } from "./detect-dimensions";
import { namesBothSexesOnly } from "./dimension-vocab";

const columns = (...leaves: string[]) =>
  dimensionsOfColumns(
    leaves.map((leaf) => ({ parts: [leaf], leaf })),
    "",
  ).map((d) => d.kind);

describe("sex breakdowns and their totals", () => {
  it("reads 'both sexes' alone as a total", () => {
    expect(namesBothSexesOnly("Refugee and asylum seekers at mid-year, both sexes combined")).toBe(
      true,
    );
    expect(namesBothSexesOnly("Ambos sexos")).toBe(true);
    expect(namesBothSexesOnly("Males")).toBe(false);
    expect(namesBothSexesOnly("Both sexes, of which women")).toBe(false);
  });

  it("finds no sex breakdown in columns that are all 'both sexes combined'", () => {
    expect(
      columns(
        "Refugee and asylum seekers at mid-year, both sexes combined",
        "Annual rate of change of the refugee and asylum seekers, both sexes combined",
      ),
    ).not.toContain("sex");
  });

  it("still finds one among males, females and both sexes, and in boys and girls", () => {
    expect(columns("Both sexes", "Male", "Female")).toContain("sex");
    expect(dimensionOfRowLabels({ header: "", values: ["Boys", "Girls"] }, "")?.kind).toBe("sex");
    expect(columns("Boys", "Girls")).toContain("sex");
  });
});
