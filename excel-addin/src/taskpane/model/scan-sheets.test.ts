import { describe, expect, it } from "vitest";
import type { Grid } from "@gapmap/core";
import { scanSheets } from "./scan-sheets";

const data: Grid = {
  name: "Data",
  rows: [
    ["Year", "Value"],
    [2020, 5],
    [2021, 6],
  ],
  width: 2,
  formats: {},
  merges: [],
};

describe("scanSheets", () => {
  it("reads the workbook's file name as evidence where the sheet says nothing", async () => {
    const ignore = () => undefined;
    const [named] = await scanSheets([data], ignore, undefined, "net_migration.xlsx");
    expect(named?.table.indicators[0]?.id).toBe("flow-net-migration");
    const [unnamed] = await scanSheets([data], ignore);
    expect(unnamed?.table.indicators).toEqual([]);
  });
});
