import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromA1 } from "../grid/address";
import { wrapText } from "../layout/text-width";
import { assessmentToXlsx } from "./assessment-xlsx";
import { columnPoints, printableSheetPoints } from "./print-setup";
import { smallAssessment, smallInventory } from "./testing/small-assessment";

const PRINTED_SHEETS = ["Summary", "Gap matrix", "Action plan", "Sources", "About"];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The last printed column: the print area's, else the last column with a width or a value. */
function lastPrintedColumn(sheet: ExcelJS.Worksheet): number {
  const area = sheet.pageSetup.printArea;
  const corner = area === undefined ? undefined : /:([^:]+)$/.exec(area.replaceAll("$", ""))?.[1];
  const address = corner === undefined ? undefined : fromA1(corner);
  if (address !== undefined) return address.c + 1;
  return sheet.columnCount;
}

describe("print setup of the gap-matrix workbook", () => {
  let a4: ExcelJS.Workbook;
  let letter: ExcelJS.Workbook;
  beforeAll(async () => {
    a4 = await load(await assessmentToXlsx(smallAssessment(), smallInventory));
    letter = await load(
      await assessmentToXlsx(smallAssessment(), smallInventory, { paper: "letter" }),
    );
  });

  it("prints every sheet landscape, one page wide, on A4 by default and Letter on request", () => {
    for (const name of PRINTED_SHEETS) {
      const sheet = a4.getWorksheet(name);
      expect(sheet?.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        paperSize: 9,
      });
      expect(letter.getWorksheet(name)?.pageSetup.paperSize).toBeUndefined();
    }
  });

  it("keeps each sheet narrow enough that one page wide on Letter leaves text at 8 pt or more", () => {
    const budget = printableSheetPoints("letter", "landscape");
    for (const name of PRINTED_SHEETS) {
      const sheet = a4.getWorksheet(name);
      if (sheet === undefined) throw new Error(`no sheet ${name}`);
      let width = 0;
      for (let c = 1; c <= lastPrintedColumn(sheet); c += 1)
        width += columnPoints(sheet.getColumn(c).width);
      expect(width, name).toBeLessThanOrEqual(budget);
    }
  });

  it("repeats the header rows and prints the profile, date and page x of y", () => {
    const matrix = a4.getWorksheet("Gap matrix");
    expect(matrix?.pageSetup.printTitlesRow).toBe("3:3");
    expect(a4.getWorksheet("Action plan")?.pageSetup.printTitlesRow).toBe("1:1");
    expect(matrix?.headerFooter.oddHeader).toContain("Small preset");
    expect(matrix?.headerFooter.oddHeader).toContain("2025-06-30");
    expect(matrix?.headerFooter.oddFooter).toContain("Page &P of &N");
  });

  it("sets each row's height from the cell whose wrapped text needs the most lines", () => {
    const plan = a4.getWorksheet("Action plan");
    if (plan === undefined) throw new Error("no action plan");
    const description = plan.getRow(2).getCell(5);
    const lines = wrapText(description.text, 31 * 6.5 - 4, { size: 11 }).length;
    expect(lines).toBeGreaterThan(1);
    expect(plan.getRow(2).height).toBeGreaterThanOrEqual(lines * 11 * 1.16);
    expect(description.alignment.wrapText).toBe(true);
  });
});
