/**
 * Issue 12's Excel path against Microsoft's office-addin-mock (no strict fake in between): the
 * Office host writes the pane's Summary, Gap matrix and Action plan sheets of a real assessment
 * (the bundled sample data) into the open workbook, and "Go to sheet" activates the gap matrix
 * sheet and selects the indicator's row. The mock's data are in testing/mock-workbook.ts.
 */
import {
  ACTION_STATUSES,
  GAP_TYPE_LABELS,
  GAP_TYPES,
  type Assessment,
  type AssessmentRow,
} from "@gapmap/core";
import { OfficeMockObject } from "office-addin-mock";
import { beforeAll, describe, expect, it } from "vitest";
import { HostError } from "../host/host";
import { createOfficeHost } from "../host/office-host";
import { testEnvironment } from "../host/testing/office-environment";
import { assessmentSheets, SHEET_NAMES } from "../taskpane/model/assessment-sheets";
import { matrixRowRange } from "../taskpane/model/matrix-row";
import { topGaps } from "../taskpane/results/results-view";
import { assessSampleData } from "../taskpane/testing/sample-data";
import type { ExcelRunner } from "./excel-types";
import { readDocumentProperties } from "./read-document-properties";
import { MockWorkbook, type MockCell } from "./testing/mock-workbook";

const USER_CELLS: MockCell[][] = [
  ["Année", "Demandes"],
  [2023, 1520],
];
const OURS = [SHEET_NAMES.summary, SHEET_NAMES.matrix, SHEET_NAMES.actions];

let assessment: Assessment;
beforeAll(async () => {
  assessment = await assessSampleData();
}, 60_000);

/** A workbook with one sheet of the user's, and the Office host over the mock as `Excel`. */
function openWorkbook(extraSheet?: string) {
  const workbook = new MockWorkbook({
    sheets: [
      { name: "Données", values: USER_CELLS },
      ...(extraSheet === undefined ? [] : [{ name: extraSheet, values: [["mine"]] }]),
    ],
  });
  const excel = new OfficeMockObject(workbook.data) as unknown as ExcelRunner;
  return { workbook, excel, host: createOfficeHost(excel, testEnvironment()) };
}

function rowsOf(workbook: MockWorkbook, name: string): MockCell[][] {
  const sheet = workbook.sheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

function indexOf(row: AssessmentRow): number {
  return assessment.rows.findIndex((r) => r.indicator === row.indicator);
}

describe("the Excel path of the results, on office-addin-mock", () => {
  it("the mock is strict: a property read before sync is the library's error, not a value", async () => {
    const { excel } = openWorkbook();
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Données");
      sheet.load("name");
      const early = sheet.name;
      await context.sync();
      return [early, sheet.name];
    });
    expect(read).toEqual(["Error, context.sync() was not called", "Données"]);
  });

  it("reads the document properties the producer is guessed from (the library's own load)", async () => {
    const workbook = new MockWorkbook({
      sheets: [{ name: "Données", values: USER_CELLS }],
      properties: { company: " Ministry of Interior ", title: "" },
    });
    const excel = new OfficeMockObject(workbook.data) as unknown as ExcelRunner;
    expect(await readDocumentProperties(excel)).toEqual({ company: "Ministry of Interior" });
  });

  it("writes the Summary, Gap matrix and Action plan sheets of the sample data", async () => {
    const { workbook, host } = openWorkbook();
    const result = await host.writeSheets?.(assessmentSheets(assessment), false);
    expect(result).toEqual({ status: "written", sheets: OURS });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Données", ...OURS]);
    expect(rowsOf(workbook, "Données")).toEqual(USER_CELLS);
    for (const name of OURS)
      expect(workbook.sheet(name)?.properties.get("gapmap.sheet")).toBe("v1");

    // Gap matrix: the header, then one row per needed indicator, in the assessment's order.
    const matrix = rowsOf(workbook, SHEET_NAMES.matrix);
    const gapColumns = GAP_TYPES.map((type) => GAP_TYPE_LABELS[type]);
    expect(matrix[0]).toEqual([
      "Indicator",
      "Section",
      "Priority",
      "Availability",
      "Score",
      ...gapColumns,
    ]);
    expect(matrix).toHaveLength(assessment.profile.indicators.length + 1);
    const covered = assessment.rows.find((r) => r.recordIds.length > 0 && r.score > 0);
    if (covered === undefined) throw new Error("the sample data cover no indicator");
    const at = indexOf(covered) + 1;
    expect(matrix[at]?.slice(0, 5)).toEqual([
      covered.name,
      covered.section,
      covered.priority,
      covered.availability,
      covered.score,
    ]);
    // A data gap reads "not-met: <detail>" in its gap column; a met check reads "met".
    const missing = assessment.rows.find((r) => r.availability === "none");
    const dataColumn = 5 + GAP_TYPES.indexOf("data");
    expect(missing && matrix[indexOf(missing) + 1]?.[dataColumn]).toMatch(/^not-met: ./);
    expect(workbook.sheet(SHEET_NAMES.matrix)?.tables).toEqual([
      { name: "Gapmap_Gapmap_gap_matrix", address: `A1:O${matrix.length}`, hasHeaders: true },
    ]);
    // Text is written as text ("@" first), numbers keep General.
    const formats = workbook.sheet(SHEET_NAMES.matrix)?.formats ?? {};
    expect([formats[`A${at + 1}`], formats[`E${at + 1}`]]).toEqual(["@", undefined]);
    expect(workbook.sheet(SHEET_NAMES.matrix)?.conditionalFormats).toContainEqual({
      address: `F2:F${matrix.length}`,
      type: "ContainsText",
      fill: "#F8CBAD",
      rule: { operator: "Contains", text: "not-met" },
    });

    // Summary: the overall score and each section's, as numbers.
    const summary = rowsOf(workbook, SHEET_NAMES.summary);
    expect(summary[0]).toEqual(["Group", "Score", "Indicators"]);
    expect(summary[1]).toEqual([
      "Overall",
      assessment.summary.overall,
      assessment.summary.indicatorCount,
    ]);
    const section = assessment.sections[0];
    expect(summary[2]).toEqual([section?.label, section?.score, section?.indicatorCount]);

    // Action plan: one row per proposed action, status and priority as drop-downs.
    const actions = rowsOf(workbook, SHEET_NAMES.actions);
    const planned = assessment.rows.flatMap((r) => r.actions.map((a) => ({ row: r, a })));
    expect(planned.length).toBeGreaterThan(0);
    expect(actions).toHaveLength(planned.length + 1);
    expect(actions[0]).toEqual([
      "Indicator",
      "Gap",
      "Action",
      "Responsible agency",
      "Priority",
      "Status",
      "Timeline",
    ]);
    const first = planned[0];
    expect(actions[1]?.slice(0, 6)).toEqual([
      first?.row.name,
      first && GAP_TYPE_LABELS[first.a.gapType],
      first?.a.title,
      first?.a.responsibleAgency,
      first?.a.priority,
      first?.a.status,
    ]);
    expect(workbook.sheet(SHEET_NAMES.actions)?.validations).toContainEqual({
      address: `F2:F${actions.length}`,
      rule: { list: { inCellDropDown: true, source: ACTION_STATUSES.join(",") } },
    });
  });

  it("a session save running beside the write does not lose the sheets' final names", async () => {
    // The pane saves its session on a timer, so a save can start while the sheets are written;
    // Excel runs the two batches side by side, and so must the mock (CI caught it losing the
    // rename, leaving "Gapmap new 1…3").
    const { workbook, host, excel } = openWorkbook();
    const progress = { writing: true };
    const write = host.writeSheets?.(assessmentSheets(assessment), false).finally(() => {
      progress.writing = false;
    });
    // Short batches, one after another, for as long as the write lasts: one starts mid-write.
    const beside = (async () => {
      while (progress.writing) {
        await excel.run(async (context) => {
          context.workbook.worksheets.load("items/name");
          await context.sync();
        });
      }
    })();
    const [result] = await Promise.all([write, beside]);
    expect(result).toEqual({ status: "written", sheets: OURS });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Données", ...OURS]);
  });

  it("'Go to sheet' activates the gap matrix sheet and selects the indicator's row", async () => {
    const { workbook, host } = openWorkbook();
    await host.writeSheets?.(assessmentSheets(assessment), false);
    const gaps = topGaps(assessment);
    expect(gaps.length).toBeGreaterThan(1);
    for (const row of gaps.slice(0, 2)) {
      const target = matrixRowRange(assessment, row);
      if (target === undefined) throw new Error(`no matrix row for ${row.indicator}`);
      workbook.log.length = 0;
      await host.showRange(target.sheet, target.address);
      const sheetRow = indexOf(row) + 2;
      expect(workbook.active).toBe(SHEET_NAMES.matrix);
      expect(workbook.selection).toEqual({
        sheet: SHEET_NAMES.matrix,
        address: `A${sheetRow}:O${sheetRow}`,
      });
      expect(workbook.log).toEqual([
        `activate ${SHEET_NAMES.matrix}`,
        `select ${SHEET_NAMES.matrix}!A${sheetRow}:O${sheetRow}`,
        "sync",
      ]);
      // The selected row is that indicator's.
      expect(rowsOf(workbook, SHEET_NAMES.matrix)[sheetRow - 1]?.[0]).toBe(row.name);
    }
  });

  it("'Go to sheet' after the user deleted the matrix sheet says so, and selects nothing", async () => {
    const { workbook, host } = openWorkbook();
    await host.writeSheets?.(assessmentSheets(assessment), false);
    workbook.sheets.splice(
      workbook.sheets.findIndex((s) => s.name === SHEET_NAMES.matrix),
      1,
    );
    const [row] = topGaps(assessment);
    const target = row && matrixRowRange(assessment, row);
    const shown = host.showRange(target?.sheet ?? "", target?.address ?? "");
    await expect(shown).rejects.toBeInstanceOf(HostError);
    expect(workbook.selection).toBeUndefined();
  });

  it("asks before replacing its own sheets, replaces them, and never takes a user's sheet", async () => {
    const { workbook, host } = openWorkbook();
    const models = assessmentSheets(assessment);
    await host.writeSheets?.(models, false);
    expect(await host.writeSheets?.(models, false)).toEqual({
      status: "needs-confirmation",
      existing: OURS,
    });
    expect(await host.writeSheets?.(models, true)).toEqual({ status: "written", sheets: OURS });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Données", ...OURS]);
    // The new table cannot take the old one's name while the old sheet exists.
    expect(workbook.sheet(SHEET_NAMES.matrix)?.tables[0]?.name).toBe("Gapmap_Gapmap_gap_matrix_2");
    expect(rowsOf(workbook, SHEET_NAMES.matrix)).toHaveLength(assessment.rows.length + 1);

    const taken = openWorkbook(SHEET_NAMES.actions);
    expect(await taken.host.writeSheets?.(models, false)).toEqual({
      status: "name-taken",
      names: [SHEET_NAMES.actions],
    });
    expect(taken.workbook.sheets.map((s) => s.name)).toEqual(["Données", SHEET_NAMES.actions]);
  });
});
