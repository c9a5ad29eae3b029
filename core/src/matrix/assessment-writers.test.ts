import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GAP_TYPES } from "../gaps/gap-schema";
import { readCsv } from "../inventory/csv-text";
import { assessmentFromJson, assessmentToJson } from "./assessment-json";
import { assessmentToCsv } from "./assessment-csv";
import { assessmentToXlsx } from "./assessment-xlsx";
import {
  ACTION_COLUMNS,
  ACTION_PLAN_SHEET,
  ACTION_TABLE_NAME,
  LISTS_SHEET,
} from "./action-plan-sheet";
import { GAP_MATRIX_SHEET, MATRIX_HEADER_ROW } from "./gap-matrix-sheet";
import { MATRIX_LEADING_COLUMNS, matrixHeader } from "./matrix-cells";
import { SUMMARY_SHEET } from "./summary-sheet";
import { smallAssessment, smallInventory } from "./testing/small-assessment";

const assessment = smallAssessment();

/** exceljs reads conditional formats back but leaves them out of its typings. */
function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

describe("JSON and CSV", () => {
  it("round-trips through JSON", () => {
    expect(assessmentFromJson(assessmentToJson(assessment))).toEqual(assessment);
  });

  it("writes the gap matrix as CSV with a BOM, one row per indicator", () => {
    const csv = assessmentToCsv(assessment);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = readCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows.filter((r) => r.length > 1);
    expect(header).toEqual(matrixHeader());
    expect(rows.map((r) => r[0])).toEqual(assessment.rows.map((r) => r.indicator));
    const emigration = rows.find((r) => r[0] === "emigration-flow");
    const dataColumn = MATRIX_LEADING_COLUMNS.length + GAP_TYPES.indexOf("data");
    expect(emigration?.[dataColumn]).toBe("not met");
    expect(emigration?.[dataColumn + 1]).toBe("—");
  });
});

describe("assessmentToXlsx", () => {
  const workbook = new ExcelJS.Workbook();
  beforeAll(async () => {
    const bytes = await assessmentToXlsx(assessment, smallInventory);
    expect(bytes).toBeInstanceOf(Uint8Array);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  });
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };

  it("has the five sheets in order, plus a hidden list sheet", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Gap matrix",
      "Action plan",
      "Sources",
      "About",
      LISTS_SHEET,
    ]);
    expect(sheet(LISTS_SHEET).state).toBe("hidden");
  });

  it("summary shows scores with in-cell data bars", () => {
    const summary = sheet(SUMMARY_SHEET);
    expect(summary.getCell("B2").value).toBe(assessment.summary.overall);
    const formats = conditionalFormats(summary);
    expect(formats.length).toBe(3);
    expect(formats.every((f) => f.rules[0]?.type === "dataBar")).toBe(true);
  });

  it("gap matrix: frozen header, autofilter, traffic lights, print setup, values", () => {
    const matrix = sheet(GAP_MATRIX_SHEET);
    const view = matrix.views[0];
    expect(view).toMatchObject({ state: "frozen", ySplit: MATRIX_HEADER_ROW, xSplit: 2 });
    expect(matrix.autoFilter).toBeTruthy();
    expect(matrix.pageSetup.orientation).toBe("landscape");
    expect(matrix.pageSetup.fitToWidth).toBe(1);
    expect(matrix.pageSetup.printTitlesRow).toBe(`${MATRIX_HEADER_ROW}:${MATRIX_HEADER_ROW}`);
    const rules = conditionalFormats(matrix).flatMap((f) => f.rules);
    expect(rules.map((r) => (r.type === "cellIs" ? String(r.formulae?.[0]) : r.type))).toEqual([
      '"met"',
      '"partly met"',
      '"not met"',
    ]);
    expect(matrix.getRow(MATRIX_HEADER_ROW).getCell(1).value).toBe("Indicator ID");
    expect(matrix.getRow(2).getCell(1).value).toBe("Legend");
    expect(matrix.getRow(MATRIX_HEADER_ROW + 1).getCell(1).value).toBe(
      assessment.rows[0]?.indicator,
    );
    expect(matrix.rowCount).toBe(MATRIX_HEADER_ROW + assessment.rows.length);
  });

  it("action plan: a table with drop-downs for priority, status and agency", () => {
    const plan = sheet(ACTION_PLAN_SHEET);
    const actions = assessment.rows.flatMap((r) => r.actions);
    expect(plan.getRow(1).getCell(1).value).toBe(ACTION_COLUMNS[0]);
    expect(plan.getCell("A2").value).toBe(actions[0]?.id);
    const table = (plan as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(table)).toContain(ACTION_TABLE_NAME);
    const col = (name: (typeof ACTION_COLUMNS)[number]) =>
      String.fromCharCode(65 + ACTION_COLUMNS.indexOf(name));
    expect(plan.getCell(`${col("Priority")}2`).dataValidation.formulae).toEqual([
      '"high,medium,low"',
    ]);
    expect(String(plan.getCell(`${col("Status")}2`).dataValidation.formulae[0])).toContain(
      "in-progress",
    );
    expect(
      String(plan.getCell(`${col("Responsible agency")}2`).dataValidation.formulae[0]),
    ).toContain(LISTS_SHEET);
    expect(plan.getCell(`${col("Timeline")}2`).value).toBe(actions[0]?.timeline);
    expect(sheet(LISTS_SHEET).getCell("A2").value).toBe(
      [...new Set(actions.map((a) => a.responsibleAgency))].sort((a, b) => a.localeCompare(b))[0],
    );
  });

  it("sources lists the inventory; about names profile, catalogue version and date", () => {
    const sources = sheet("Sources");
    expect(sources.getCell("A2").value).toBe(smallInventory.records[0]?.id);
    expect(sources.rowCount).toBe(1 + smallInventory.records.length);
    const about = sheet("About");
    const facts = new Map<string, unknown>();
    about.eachRow((row) => facts.set(row.getCell(1).text, row.getCell(2).value));
    expect(facts.get("Catalogue version")).toBe(assessment.catalogueVersion);
    expect(facts.get("Assessment date")).toBe(assessment.date);
    expect(facts.get("Needs profile")).toBe(assessment.profile.name);
  });
});
