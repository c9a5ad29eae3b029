import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { smallAssessment, smallProfile } from "../matrix/testing/small-assessment";
import { checkPackProfile, recordsFromPack } from "./pack-records";
import { planRequestPacks } from "./plan-request-packs";
import { readReturnedPack } from "./read-returned-pack";
import { RequestPackError } from "./request-pack-error";
import { REQUEST_KEY_SHEET, type RequestKey } from "./request-pack-schema";
import { requestPackToXlsx } from "./request-pack-xlsx";
import { fillPack, loadWorkbook, saveWorkbook } from "./testing/fill-pack";

const assessment = smallAssessment();
const packs = planRequestPacks(smallCatalogue, assessment, {
  requestedOn: "2025-07-01",
  due: "2025-09-30",
});

async function firstPack() {
  const pack = packs[0];
  if (pack === undefined) throw new Error("no pack planned");
  return { pack, ...(await requestPackToXlsx(smallCatalogue, pack)) };
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

const load = loadWorkbook;
const save = saveWorkbook;

function fill(
  workbook: ExcelJS.Workbook,
  key: RequestKey,
  pick: (breakdown: string, i: number) => boolean,
  value: unknown = 120,
  shift = 0,
) {
  fillPack(workbook, key, pick, { value, shift });
}

describe("request packs", () => {
  it("plans one pack per agency for the numeric indicators not fully available", () => {
    const isPolicy = (id: string) =>
      smallCatalogue.indicators.find((i) => i.id === id)?.measure === "policy";
    const wanted = assessment.rows
      .filter((r) => r.availability !== "available" && !isPolicy(r.indicator))
      .map((r) => r.indicator);
    expect(wanted.length).toBeGreaterThan(1);
    expect(packs.flatMap((p) => p.items.map((i) => i.indicator)).sort()).toEqual(
      [...wanted].sort(),
    );
    for (const pack of packs) {
      expect(pack.requestId).toMatch(/^GMREQ-2025-07-01-/);
      for (const item of pack.items) expect(item.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    }
  });

  it("writes a cover, the indicators, a protected data-entry sheet per indicator and a hidden key", async () => {
    const { pack, bytes, key } = await firstPack();
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Request",
      "Indicators",
      ...key.tables.map((t) => t.sheet),
      REQUEST_KEY_SHEET,
    ]);
    expect(workbook.getWorksheet(REQUEST_KEY_SHEET)?.state).toBe("veryHidden");
    expect(workbook.getWorksheet("Request")?.getCell("B3").value).toBe(pack.requestId);
    const table = key.tables[0];
    if (table === undefined) throw new Error("no table");
    const sheet = workbook.getWorksheet(table.sheet);
    expect(sheet?.getCell(1, 1).value).toContain("(name in English)");
    const dataCell = sheet?.getCell(table.headerRow + 1, table.yearColumns[0]?.column ?? 0);
    expect(dataCell?.dataValidation).toMatchObject({ type: "decimal", showErrorMessage: true });
    expect(dataCell?.protection).toMatchObject({ locked: false });
    // exceljs leaves `protection` unset on locked cells (the default) despite its type.
    expect(sheet?.getCell(table.headerRow, 1).protection).not.toEqual(
      expect.objectContaining({ locked: false }),
    );
    expect(workbook.definedNames.getRanges(table.definedName).ranges[0]).toContain(
      `$A$${String(table.headerRow)}`,
    );
  });

  it("reads a fully filled pack exactly, with the agency's return date", async () => {
    const { bytes, key } = await firstPack();
    const workbook = await load(bytes);
    fill(workbook, key, () => true);
    must(workbook.getWorksheet("Request"), "cover").getCell("B11").value = "2025-09-15";
    const reading = await readReturnedPack(await save(workbook));
    expect(reading?.returnedOn).toBe("2025-09-15");
    expect(reading?.returnedOnSource).toBe("cover");
    for (const [i, table] of (reading?.tables ?? []).entries()) {
      expect(table.years).toEqual([2020, 2021, 2022, 2023, 2024]);
      expect([...table.breakdowns].sort()).toEqual(
        [...(key.tables[i]?.rows ?? []).map((r) => r.breakdown).filter((b) => b !== "total")]
          .filter((b, j, all) => all.indexOf(b) === j)
          .sort(),
      );
      expect(table.changes).toEqual([]);
    }
    const records = recordsFromPack(must(reading, "reading"), "returned.xlsx");
    expect(records.every((r) => r.origin === "data-request" && r.producer === key.agency)).toBe(
      true,
    );
  });

  it("reads a partly filled pack as partial: only the total, and only two years", async () => {
    const { bytes, key } = await firstPack();
    const workbook = await load(bytes);
    fill(workbook, key, (breakdown) => breakdown === "total");
    const table = must(key.tables[0], "table");
    const sheet = must(workbook.getWorksheet(table.sheet), "sheet");
    for (const { column, year } of table.yearColumns)
      if (year < 2023) sheet.getRow(table.headerRow + 1).getCell(column).value = null;
    const reading = await readReturnedPack(await save(workbook));
    expect(reading?.tables[0]).toMatchObject({
      years: [2023, 2024],
      breakdowns: [],
      filledCells: 2,
    });
  });

  it("finds a table moved down by an inserted row and reports the move", async () => {
    const { bytes, key } = await firstPack();
    const workbook = await load(bytes);
    const table = must(key.tables[0], "table");
    must(workbook.getWorksheet(table.sheet), "sheet").spliceRows(2, 0, [
      "a line the ministry added",
    ]);
    fill(workbook, key, () => true, 5, 1);
    const reading = await readReturnedPack(await save(workbook));
    expect(reading?.tables[0]?.changes.join("; ")).toMatch(/row 6, not 5/);
    expect(reading?.tables[0]?.years).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it("refuses text in number cells, listing each cell, and imports nothing", async () => {
    const { bytes, key } = await firstPack();
    const workbook = await load(bytes);
    fill(workbook, key, (b) => b === "total", "about 300");
    const error = await readReturnedPack(await save(workbook)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestPackError);
    expect((error as RequestPackError).kind).toBe("bad-values");
    expect((error as RequestPackError).problems[0]).toMatch(/cell C6: "about 300" is not a number/);
  });

  it("says so when the key was removed, and refuses a pack from another profile", async () => {
    const { bytes } = await firstPack();
    const workbook = await load(bytes);
    workbook.removeWorksheet(must(workbook.getWorksheet(REQUEST_KEY_SHEET), "key").id);
    const error = await readReturnedPack(await save(workbook)).catch((e: unknown) => e);
    expect((error as RequestPackError).kind).toBe("key-missing");

    const reading = must(await readReturnedPack(bytes), "reading");
    expect(() => {
      checkPackProfile(reading, smallProfile);
    }).not.toThrow();
    expect(() => {
      checkPackProfile(reading, { ...smallProfile, name: "SDG migration" });
    }).toThrow(/made for the profile/);
  });

  it("leaves an ordinary workbook alone", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").getCell("A1").value = "Immigrants";
    expect(await readReturnedPack(await save(workbook))).toBeUndefined();
  });
});
