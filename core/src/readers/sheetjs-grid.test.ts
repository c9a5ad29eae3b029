import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { rangeToA1 } from "../grid/address";
import { cellAt } from "../grid/grid";
import { readWorkbookBytes } from "./read-workbook-bytes";
import { bookOf, writeWorkbook, type BookType } from "./testing/build-workbooks";

/** A sheet with every value type, a date, a percent, an error and a merged title. */
function typedSheet(): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet([
    ["Remittances by month", null, null],
    ["month", "share", "flag"],
    [43861, 0.25, true],
    [43890, 0.5, false],
  ]);
  const dateCell = sheet.A3 as XLSX.CellObject;
  dateCell.z = "m/d/yyyy";
  (sheet.A4 as XLSX.CellObject).z = "m/d/yyyy";
  (sheet.B3 as XLSX.CellObject).z = "0%";
  sheet.C5 = { t: "e", v: 0x2a };
  sheet["!ref"] = "A1:C5";
  sheet["!merges"] = [XLSX.utils.decode_range("A1:C1")];
  return sheet;
}

const FORMATS: { bookType: BookType; extension: string }[] = [
  { bookType: "xlsx", extension: "xlsx" },
  { bookType: "biff8", extension: "xls" },
  { bookType: "ods", extension: "ods" },
];

describe.each(FORMATS)("SheetJS sheet to grid ($extension)", ({ bookType, extension }) => {
  it("keeps types, turns date-formatted numbers into ISO dates, and keeps formats and merges", () => {
    const bytes = writeWorkbook(
      bookOf({ "Monthly ": typedSheet(), Notes: XLSX.utils.aoa_to_sheet([["n"]]) }),
      bookType,
    );
    const result = readWorkbookBytes(bytes, `typed.${extension}`);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.format).toBe(extension);
    expect(result.sheets.map((s) => s.name)).toEqual(["Monthly ", "Notes"]);
    const [grid] = result.sheets;
    if (!grid) throw new Error("no sheet");
    expect(cellAt(grid, 0, 0)).toBe("Remittances by month");
    expect(cellAt(grid, 2, 0)).toBe("2020-01-31");
    expect(cellAt(grid, 3, 0)).toBe("2020-02-29");
    expect(cellAt(grid, 2, 1)).toBe(0.25);
    expect(cellAt(grid, 2, 2)).toBe(true);
    expect(cellAt(grid, 3, 2)).toBe(false);
    // OpenDocument has no error value type, so SheetJS's ODS writer cannot store one.
    if (bookType !== "ods") expect(cellAt(grid, 4, 2)).toBe("#N/A");
    expect(grid.formats.B3).toBe("0%");
    expect(grid.formats.A3).toMatch(/y/);
    expect(grid.formats.C3).toBeUndefined();
    expect(grid.merges.map(rangeToA1)).toEqual(["A1:C1"]);
    expect(grid.width).toBe(3);
  });
});

describe("grid geometry", () => {
  it("keeps sheet addresses when the used range starts below A1, and drops trailing empty cells", () => {
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, [["title", null, null, null]], { origin: "B3" });
    XLSX.utils.sheet_add_aoa(sheet, [[1, 2]], { origin: "C5" });
    const result = readWorkbookBytes(writeWorkbook(bookOf({ S: sheet }), "xlsx"), "offset.xlsx");
    if (!result.ok) throw new Error(result.error.message);
    const [grid] = result.sheets;
    expect(grid?.rows).toEqual([[], [], [null, "title"], [], [null, null, 1, 2]]);
    expect(grid?.width).toBe(4);
  });

  it("reads dates of a workbook in the 1904 date system", () => {
    const sheet = XLSX.utils.aoa_to_sheet([[0]]);
    (sheet.A1 as XLSX.CellObject).z = "m/d/yyyy";
    const book = bookOf({ S: sheet });
    book.Workbook = { WBProps: { date1904: true } };
    const result = readWorkbookBytes(writeWorkbook(book, "xlsx"), "mac.xlsx");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.sheets[0]?.rows[0]?.[0]).toBe("1904-01-01");
  });
});
