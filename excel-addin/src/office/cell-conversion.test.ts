import { describe, expect, it } from "vitest";
import { blockToRows, toCellValue } from "./block-to-cells";
import { parseAreasAddress } from "./merged-areas";
import { isDateFormat, serialToIso } from "./serial-date";

describe("date formats and serials", () => {
  it("tells date formats from number formats", () => {
    for (const f of ["yyyy-mm-dd", "d/m/yy", "[$-409]mmm yyyy", "h:mm", "[h]:mm:ss"]) {
      expect(isDateFormat(f), f).toBe(true);
    }
    for (const f of ["General", "0.00", "#,##0", "@", '"days "0', "[Red]0.0", "0%"]) {
      expect(isDateFormat(f), f).toBe(false);
    }
  });

  it("converts serials around Excel's fake 1900 leap day", () => {
    expect(serialToIso(43861)).toBe("2020-01-31");
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(43861.5)).toBe("2020-01-31T12:00:00");
    expect(serialToIso(0.25)).toBe("06:00:00");
    expect(serialToIso(-1)).toBeUndefined();
  });
});

describe("block conversion", () => {
  it("maps value types to grid cells", () => {
    expect(toCellValue("", "Empty", "General")).toBeNull();
    expect(toCellValue("#DIV/0!", "Error", "General")).toBe("#DIV/0!");
    expect(toCellValue(3.5, "Double", "0.0")).toBe(3.5);
    expect(toCellValue(44000, "Integer", "dd/mm/yyyy")).toBe("2020-06-18");
  });

  it("drops trailing empties and keeps non-General formats by address", () => {
    const formats: Record<string, string> = {};
    const rows = blockToRows(
      {
        values: [
          [1, "", ""],
          ["", "", ""],
        ],
        valueTypes: [
          ["Integer", "Empty", "Empty"],
          ["Empty", "Empty", "Empty"],
        ],
        numberFormat: [
          ["0.00", "0.00", "General"],
          ["General", "General", "General"],
        ],
      },
      (r, c) => `${String.fromCharCode(65 + c)}${r + 1}`,
      formats,
    );
    expect(rows).toEqual([[1], []]);
    expect(formats).toEqual({ A1: "0.00" });
  });

  it("parses RangeAreas addresses, quoted sheet names with commas included", () => {
    expect(parseAreasAddress("'A, b'!$A$1:$B$2, 'A, b'!D4")).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 1, c: 1 } },
      { s: { r: 3, c: 3 }, e: { r: 3, c: 3 } },
    ]);
  });
});
