import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { smallCatalogue } from "../gaps/testing/small-catalogue";
import { smallAssessment } from "../matrix/testing/small-assessment";
import { planRequestPacks } from "./plan-request-packs";
import { readReturnedPack } from "./read-returned-pack";
import { REQUEST_KEY_SHEET, type PackReading, type RequestKey } from "./request-pack-schema";
import { requestPackToXlsx } from "./request-pack-xlsx";
import { fillPack, loadWorkbook, removeValidation, saveWorkbook } from "./testing/fill-pack";
import { odsRangeToA1 } from "./ods-pack-workbook";

/** One pack asking for every planned indicator, so a loss on one table and not another shows. */
const planned = planRequestPacks(smallCatalogue, smallAssessment(), { requestedOn: "2025-07-01" });
const pack = planned[0] && { ...planned[0], items: planned.flatMap((p) => p.items) };

async function filledPack(
  spoil: (workbook: ExcelJS.Workbook, key: RequestKey) => void | Promise<void> = () => undefined,
): Promise<PackReading> {
  if (pack === undefined) throw new Error("no pack planned");
  const { bytes, key } = await requestPackToXlsx(smallCatalogue, pack);
  const workbook = await loadWorkbook(bytes);
  fillPack(workbook, key, () => true);
  await spoil(workbook, key);
  const reading = await readReturnedPack(await saveWorkbook(workbook));
  if (reading === undefined) throw new Error("not read as a pack");
  return reading;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("what a returned pack lost on its way", () => {
  it("reports nothing for a pack that kept its key, names, validation and protection", async () => {
    expect((await filledPack()).warnings).toEqual([]);
  });

  it("reports each loss and still reads the same tables", async () => {
    const intact = await filledPack();
    const spoilt = await filledPack((workbook, key) => {
      sheetOf(workbook, REQUEST_KEY_SHEET).state = "hidden";
      const [first, second] = key.tables;
      if (first === undefined || second === undefined) throw new Error("two tables expected");
      const names = workbook.definedNames as unknown as { model: { name: string }[] };
      names.model = names.model.filter((n) => n.name !== first.definedName);
      const sheet = sheetOf(workbook, first.sheet);
      for (let i = 0; i < first.rows.length; i++)
        for (const { column } of first.yearColumns)
          removeValidation(sheet, first.headerRow + 1 + i, column);
      const partly = sheetOf(workbook, second.sheet);
      removeValidation(partly, second.headerRow + 1, 3);
      sheet.unprotect();
    });
    expect(spoilt.tables).toEqual(intact.tables);
    const [first, second] = intact.tables.map((t) => t.sheet);
    const text = spoilt.warnings.join("\n");
    expect(spoilt.warnings).toHaveLength(4);
    expect(text).toContain(`"${REQUEST_KEY_SHEET}" is hidden but no longer very hidden`);
    expect(text).toMatch(
      /defined names that mark the tables are gone from sheets "[^"]+" \(GM_T1\)/,
    );
    expect(text).toContain(
      `number validation was removed from sheets "${first ?? ""}", "${second ?? ""}" (1 of`,
    );
    expect(text).toMatch(/cells: C6\); every value was still checked as a number/);
    expect(text).toContain(`protection was removed from sheet "${first ?? ""}"`);
  });

  it("still refuses text in number cells when their validation is gone", async () => {
    const error = await filledPack((workbook, key) => {
      const table = key.tables[0];
      if (table === undefined) throw new Error("no table");
      const cell = sheetOf(workbook, table.sheet).getCell(table.headerRow + 1, 3);
      removeValidation(sheetOf(workbook, table.sheet), table.headerRow + 1, 3);
      cell.value = "about 300";
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/C6: "about 300" is not a number/);
  });
});

describe("OpenDocument range addresses", () => {
  it.each([
    ["$'01 flow-irregular-entries'.$A$5:.$H$18", "'01 flow-irregular-entries'!$A$5:$H$18"],
    ["$'it''s'.$B$2", "'it''s'!$B$2"],
    ["$Request.$A$1:$Request.$B$3", "'Request'!$A$1:$B$3"],
  ])("reads %s", (ods, a1) => {
    expect(odsRangeToA1(ods)).toBe(a1);
  });

  it("gives up on what is not a cell range", () => {
    expect(odsRangeToA1("#REF!")).toBeUndefined();
  });
});
