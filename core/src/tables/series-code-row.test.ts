import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { detectTables } from "./detect-tables";
import { grid } from "./testing/grid";

const countryColumns = (codes: CellValue[]): CellValue[][] => [
  ["Table EMP06: Employment levels by country of birth"],
  [],
  [null, "Total", "UK", "Non UK", "India", "USA", "South Africa", "Pakistan"],
  ["Dataset identifier code", ...codes],
  [],
  ["Jan-Mar 1997", 26244686, 24322920, 1920949, 197413, 61922, 53635, 121772],
  ["Apr-Jun 1997", 26444241, 24467891, 1975138, 198405, 68516, 57636, 117201],
  ["Jul-Sep 1997", 26707376, 24715331, 1991167, 200679, 71342, 57960, 121394],
];

describe("a header row of series codes", () => {
  it("stays in the header but names no column", () => {
    const [t] = detectTables(
      grid(countryColumns(["MGTM", "JF6F", "JF6G", "JJS7", "JJR7", "JJS3", "JJS9"])),
      {
        index: null,
      },
    );
    expect(t?.headerRows).toEqual([3, 4]);
    const country = t?.dimensions.find((d) => d.kind === "country");
    expect(country?.examples).toEqual(expect.arrayContaining(["India", "USA"]));
  });

  it("keeps a second header row of words that a code label does not name", () => {
    const rows = countryColumns([]);
    rows[3] = ["Sex", "men", "women", "men", "women", "men", "women", "all"];
    const [t] = detectTables(grid(rows), { index: null });
    expect(t?.dimensions.map((d) => d.kind)).toContain("sex");
  });
});
