import { describe, expect, it } from "vitest";
import { OfficeAdapterError } from "./office-errors";
import { OUR_SHEET_KEY, SHEET_COMPLETE } from "./our-sheets";
import type { SheetModel } from "./sheet-model";
import { FakeExcel } from "./testing/fake-excel";
import { writeOurSheets } from "./write-sheets";

const MATRIX: SheetModel = {
  name: "Gap matrix",
  columns: ["Indicator", "Status"],
  rows: [
    ["Stock of migrants", "missing"],
    ["Remittances", null],
  ],
  conditionalFormats: [
    { kind: "text-contains", column: "Status", text: "missing", fill: "#F4CCCC" },
  ],
  validations: [{ column: "Status", allowed: ["missing", "partial", "covered"] }],
};

const userSheets = [
  { name: "Data", values: [["a", 1]] },
  { name: "Notes", values: [["b"]] },
];

describe("writeOurSheets", () => {
  it("writes only to the sheets it creates and registers them as ours", async () => {
    const fake = new FakeExcel({ sheets: userSheets });
    const result = await writeOurSheets([MATRIX], { excel: fake.excel });
    expect(result).toEqual({ status: "written", sheets: ["Gap matrix"] });
    expect(fake.writes.length).toBeGreaterThan(0);
    expect(new Set(fake.writes.map((w) => w.sheet))).toEqual(new Set(["Gapmap new 1"]));
    expect(fake.writes.map((w) => w.what)).toEqual(
      expect.arrayContaining(["worksheets.add", "range(0,0,3,2).values", "tables.add"]),
    );
    expect(fake.writes.some((w) => w.what.endsWith("dataValidation.rule"))).toBe(true);
    expect(fake.writes.some((w) => w.what.endsWith("textComparison.rule"))).toBe(true);
    expect(fake.sheet("Gap matrix")?.customProperties).toEqual({
      [OUR_SHEET_KEY]: SHEET_COMPLETE,
    });
    expect(fake.settings.size).toBe(0);
  });

  it("refuses a name held by a user sheet and writes nothing", async () => {
    const fake = new FakeExcel({ sheets: [...userSheets, { name: "gap MATRIX", values: [] }] });
    const result = await writeOurSheets([MATRIX], { excel: fake.excel });
    expect(result).toEqual({ status: "name-taken", names: ["gap MATRIX"] });
    expect(fake.writes).toEqual([]);
  });

  it("asks before replacing a sheet of ours, and replaces it once confirmed", async () => {
    const spec = {
      sheets: [
        ...userSheets,
        {
          name: "Gap matrix",
          values: [["old"]],
          customProperties: { [OUR_SHEET_KEY]: SHEET_COMPLETE },
        },
      ],
    };
    const first = new FakeExcel(spec);
    expect(await writeOurSheets([MATRIX], { excel: first.excel })).toEqual({
      status: "needs-confirmation",
      existing: ["Gap matrix"],
    });
    expect(first.writes).toEqual([]);

    const second = new FakeExcel(spec);
    const result = await writeOurSheets([MATRIX], { excel: second.excel, replaceOurSheets: true });
    expect(result.status).toBe("written");
    expect(second.writes.filter((w) => w.what === "delete")).toEqual([
      { sheet: "Gap matrix", what: "delete" },
    ]);
    const touched = new Set(second.writes.map((w) => w.sheet));
    expect(touched).toEqual(new Set(["Gap matrix", "Gapmap new 1"]));
    expect(second.sheets.map((s) => s.name)).toEqual(["Data", "Notes", "Gap matrix"]);
    expect(second.sheet("Gap matrix")?.values[0]).toEqual(["Indicator", "Status"]);
  });

  it("throws a typed error on a protected workbook", async () => {
    const fake = new FakeExcel({ sheets: userSheets, workbookProtected: true });
    const error = await writeOurSheets([MATRIX], { excel: fake.excel }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect((error as OfficeAdapterError).kind).toBe("protected");
    expect(fake.writes).toEqual([]);
  });

  it("rejects a model that references an unknown column before touching Excel", async () => {
    const fake = new FakeExcel({ sheets: userSheets });
    const bad = { ...MATRIX, validations: [{ column: "Nope", allowed: ["x"] }] };
    await expect(writeOurSheets([bad], { excel: fake.excel })).rejects.toThrow(/unknown column/);
    expect(fake.syncCount).toBe(0);
  });
});
