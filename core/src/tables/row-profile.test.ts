import { describe, expect, it } from "vitest";
import type { CellValue } from "../grid/grid";
import { profileRows } from "./row-profile";
import { createSheetView } from "./sheet-view";
import { grid } from "./testing/grid";

const types = (rows: CellValue[][]) => profileRows(createSheetView(grid(rows))).map((p) => p.type);

describe("profileRow", () => {
  it("reads labelled column numbers as a header, a country code 'no' before figures as data", () => {
    expect(types([["№", 1, 2, 3, 4]])).toEqual(["numeric-header"]);
    expect(types([["No.", 1, 2]])).toEqual(["numeric-header"]);
    expect(types([["no", "Norway", "Internet", 6, 92.23, 183.98, 37.5]])).toEqual(["data"]);
  });

  it("reads year-like values among more suppressed cells as data, years alone as a header", () => {
    const moldova: CellValue[] = ["Republic of Moldova", "Residence", "Immigrants", "Both"];
    expect(types([[...moldova, "..", "..", "..", 1968, 2070, "..", ".."]])).toEqual(["data"]);
    expect(types([["Country", "Type", 1990, 1995, 2000, 2005]])).toEqual(["numeric-header"]);
    expect(types([["Country", 1990, "-", 2000, 2005]])).toEqual(["numeric-header"]);
  });
});
