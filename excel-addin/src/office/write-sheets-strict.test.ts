/**
 * writeOurSheets against the strict fake: what real Excel refuses or changes (sheet ids that
 * change between sessions, formula and date coercion, the 5 MB request cap, names Excel rejects,
 * very hidden sheets) and a write cut short at every sync.
 */
import { describe, expect, it } from "vitest";
import { OfficeAdapterError } from "./office-errors";
import { sheetModelSchema, type SheetModel } from "./sheet-model";
import { FakeExcel, type FakeSheet } from "./testing/fake-excel";
import { PAYLOAD_LIMIT_BYTES } from "./testing/excel-rules";
import { writeOurSheets } from "./write-sheets";

const MATRIX: SheetModel = {
  name: "Gap matrix",
  columns: ["Indicator", "Status", "Score"],
  rows: [
    ["Stock of migrants", "missing", 0.5],
    ["Remittances", "partial", 1],
  ],
  validations: [{ column: "Status", allowed: ["missing", "partial", "covered"] }],
};

const userSheets = (): FakeSheet[] => [
  { name: "Data", values: [["a", 1]] },
  { name: "Notes", values: [["b"]] },
];

/** The sheet's cells as Excel holds them now. */
function cells(fake: FakeExcel, name: string) {
  const sheet = fake.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

describe("writeOurSheets in a later session", () => {
  it("still knows its own sheets after Excel gave every sheet a new id", async () => {
    const fake = new FakeExcel({ sheets: userSheets() });
    expect((await writeOurSheets([MATRIX], { excel: fake.excel })).status).toBe("written");
    fake.reopen();
    expect(await writeOurSheets([MATRIX], { excel: fake.excel })).toEqual({
      status: "needs-confirmation",
      existing: ["Gap matrix"],
    });
    const replaced = await writeOurSheets([MATRIX], { excel: fake.excel, replaceOurSheets: true });
    expect(replaced.status).toBe("written");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Data", "Notes", "Gap matrix"]);
  });

  it("marks a sheet as ours in the same request that creates it", async () => {
    const fake = new FakeExcel({ sheets: userSheets() });
    await writeOurSheets([MATRIX], { excel: fake.excel });
    const firstAdd = fake.log.findIndex((e) => e.includes("worksheets.add"));
    const firstMark = fake.log.findIndex((e) => e.includes("customProperties.add"));
    const syncAfterAdd = fake.log.indexOf("sync", firstAdd);
    expect(firstMark).toBeGreaterThan(firstAdd);
    expect(firstMark).toBeLessThan(syncAfterAdd);
    expect(Object.keys(fake.sheet("Gap matrix")?.customProperties ?? {})).toHaveLength(1);
  });
});

describe("writeOurSheets cut short", () => {
  it("never loses the old sheets, and a retry cleans up, whichever sync fails", async () => {
    const older: SheetModel = { ...MATRIX, rows: [["Old row", "missing", 0]] };
    for (let failing = 2; failing <= 8; failing++) {
      const fake = new FakeExcel({ sheets: userSheets() });
      await writeOurSheets([older], { excel: fake.excel });
      fake.failSync = { after: failing, code: "GeneralException" };
      const first = await writeOurSheets([MATRIX], { excel: fake.excel, replaceOurSheets: true })
        .then((r) => r.status)
        .catch(() => "failed");
      fake.failSync = undefined;
      const matrix = cells(fake, "Gap matrix");
      const label = `failing sync ${failing}: ${first}`;
      expect([["Old row"], ["Stock of migrants"]], label).toContainEqual([matrix[1]?.[0]]);
      const retry = await writeOurSheets([MATRIX], { excel: fake.excel, replaceOurSheets: true });
      expect(retry.status, label).toBe("written");
      expect(
        fake.sheets.map((s) => s.name),
        label,
      ).toEqual(["Data", "Notes", "Gap matrix"]);
      expect(cells(fake, "Gap matrix")[1]?.[0], label).toBe("Stock of migrants");
    }
  });
});

describe("writeOurSheets: what Excel would change or refuse", () => {
  it("keeps text that looks like a formula or a date as text", async () => {
    const risky: SheetModel = {
      name: "Action plan",
      columns: ["Action", "Agency", "Timeline", "Cost"],
      rows: [
        ["=Publish the survey", "+INE", "2025-06-30", 1200],
        ["- draft the note", "Ministry", "2026-01", -5],
      ],
    };
    const fake = new FakeExcel({ sheets: userSheets() });
    await writeOurSheets([risky], { excel: fake.excel });
    expect(cells(fake, "Action plan")).toEqual([
      ["Action", "Agency", "Timeline", "Cost"],
      ["=Publish the survey", "+INE", "2025-06-30", 1200],
      ["- draft the note", "Ministry", "2026-01", -5],
    ]);
    expect(fake.sheet("Action plan")?.formulas).toBeUndefined();
  });

  it("sizes requests by their real length: long texts are written under the 5 MB cap", async () => {
    const long = "Ministry of Interior, Department of Migration Statistics. ".repeat(20);
    const big: SheetModel = {
      name: "Sources",
      columns: ["Source", "Notes", "Agency"],
      rows: Array.from({ length: 3_000 }, (_, i) => [`Source ${i}`, long, long]),
    };
    const fake = new FakeExcel({ sheets: userSheets() });
    expect((await writeOurSheets([big], { excel: fake.excel })).status).toBe("written");
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(cells(fake, "Sources")).toHaveLength(3_001);
  });

  it("splits and retries a request Excel still finds too large", async () => {
    const fake = new FakeExcel({ sheets: userSheets() });
    fake.requestLimitBytes = 2_000;
    const rows = Array.from({ length: 150 }, (_, i) => [`Indicator ${i}`, "missing", i]);
    const result = await writeOurSheets([{ ...MATRIX, rows }], { excel: fake.excel });
    expect(result.status).toBe("written");
    expect(cells(fake, "Gap matrix")[150]).toEqual(["Indicator 149", "missing", 149]);
  });

  it("says what to do when even one row is too large, without blaming other workbooks", async () => {
    const fake = new FakeExcel({ sheets: userSheets() });
    fake.requestLimitBytes = 300;
    const huge = { ...MATRIX, rows: [["x".repeat(400), "missing", 1]] };
    const error = await writeOurSheets([huge], { excel: fake.excel }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect((error as OfficeAdapterError).kind).toBe("payload-too-large");
    expect((error as OfficeAdapterError).userMessage).not.toMatch(/other workbooks/);
  });

  it("picks a table name no user table or defined name has", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "Data", values: [["a"]], tables: ["GAPMAP_GAP_MATRIX"] }],
      names: { Gapmap_Gap_matrix_2: { comment: "", sheet: "Data", address: "A1" } },
    });
    expect((await writeOurSheets([MATRIX], { excel: fake.excel })).status).toBe("written");
    const table = fake.sheet("Gap matrix")?.tables?.[0] ?? "";
    expect(table).toMatch(/^Gapmap_/);
    expect(["gapmap_gap_matrix", "gapmap_gap_matrix_2"]).not.toContain(table.toLowerCase());
  });

  it("writes a drop-down whose choices are longer than Excel's 255-character list", async () => {
    const allowed = Array.from({ length: 40 }, (_, i) => `Choice number ${i}`);
    const fake = new FakeExcel({ sheets: userSheets() });
    const model = { ...MATRIX, validations: [{ column: "Status", allowed }] };
    expect((await writeOurSheets([model], { excel: fake.excel })).status).toBe("written");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Data", "Notes", "Gap matrix"]);
  });

  it("replaces a sheet of ours that was made very hidden", async () => {
    const fake = new FakeExcel({ sheets: userSheets() });
    await writeOurSheets([MATRIX], { excel: fake.excel });
    const ours = fake.sheet("Gap matrix");
    if (ours) ours.visibility = "VeryHidden";
    const result = await writeOurSheets([MATRIX], { excel: fake.excel, replaceOurSheets: true });
    expect(result.status).toBe("written");
    expect(fake.sheets.filter((s) => s.name === "Gap matrix")).toHaveLength(1);
  });

  it("refuses sheet names Excel rejects: blank, the reserved History", () => {
    for (const name of ["History", "history", "   "])
      expect(sheetModelSchema.safeParse({ ...MATRIX, name }).success, name).toBe(false);
    expect(sheetModelSchema.safeParse({ ...MATRIX, name: "Histories" }).success).toBe(true);
  });

  it("is refused by a protected workbook structure before anything is written", async () => {
    const fake = new FakeExcel({ sheets: userSheets(), workbookProtected: true });
    const error = await writeOurSheets([MATRIX], { excel: fake.excel }).catch((e: unknown) => e);
    expect((error as OfficeAdapterError).kind).toBe("protected");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Data", "Notes"]);
  });
});
