// @vitest-environment jsdom
/**
 * Issue 12's Excel path, the whole pane over Microsoft's office-addin-mock: the open workbook is
 * the sample ministry workbook; the pane scans it through the Office adapter, the user accepts
 * the guesses ("Show in sheet" selects a table's cells) and runs the core needs, "Write to workbook" writes the Summary, Gap matrix and
 * Action plan sheets, and the first top gap's "Go to sheet" selects that indicator's row.
 * Expectations are read off the written sheet, not from the pane's own model.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { createOfficeHost } from "../../host/office-host";
import { testEnvironment } from "../../host/testing/office-environment";
import type { ExcelRunner } from "../../office/index";
import {
  MockWorkbook,
  sheetSpecsFromGrids,
  type MockCell,
} from "../../office/testing/mock-workbook";
import { STATE_NAMESPACE } from "../../office/workbook-state";
import { App } from "../App";
import { SHEET_NAMES } from "../model/assessment-sheets";
import { jsdomPane } from "../testing/jsdom-pane";
import { SAMPLE_PRESET, sampleGrids } from "../testing/sample-data";

const SLOW = { timeout: 30_000 };
jsdomPane();

async function clickWhenEnabled(testId: string) {
  await waitFor(() => {
    expect(screen.getByTestId<HTMLButtonElement>(testId).disabled).toBe(false);
  }, SLOW);
  fireEvent.click(screen.getByTestId(testId));
}

const PRIORITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** The sheet row (1-based) of the biggest gap: highest priority, then lowest score. */
function biggestGapRow(matrix: readonly MockCell[][]): number {
  const [, ...rows] = matrix.map((cells, i) => ({ cells, sheetRow: i + 1 }));
  const gaps = rows
    .filter(({ cells }) => Number(cells[4]) < 100)
    .sort(
      (a, b) =>
        (PRIORITY_ORDER[String(a.cells[2])] ?? 9) - (PRIORITY_ORDER[String(b.cells[2])] ?? 9) ||
        Number(a.cells[4]) - Number(b.cells[4]),
    );
  const first = gaps[0];
  if (first === undefined) throw new Error("no gap in the matrix sheet");
  return first.sheetRow;
}

describe("the pane in Excel, on office-addin-mock", () => {
  it("scans, writes the result sheets, and 'Go to sheet' selects the gap's matrix row", async () => {
    const grids = await sampleGrids();
    const workbook = new MockWorkbook({ sheets: sheetSpecsFromGrids(grids) });
    const excel = new OfficeMockObject(workbook.data) as unknown as ExcelRunner;
    render(<App host={createOfficeHost(excel, testEnvironment())} initialLanguage="en" />);

    fireEvent.click(screen.getByRole("button", { name: "Scan this workbook" }));
    await screen.findByTestId("tables-found", {}, SLOW);
    expect(screen.getAllByTestId("table-card").length).toBeGreaterThan(1);
    fireEvent.click(screen.getByTestId("step-review"));
    fireEvent.change(await screen.findByTestId("threshold", {}, SLOW), { target: { value: "50" } });
    fireEvent.click(screen.getByTestId("accept-above"));
    // Review: "Show in sheet" selects the table's cells on its sheet.
    const [review] = screen.getAllByTestId("review-row");
    const where = /Sheet (.+), cells ([A-Z]+\d+:[A-Z]+\d+)/.exec(review?.textContent ?? "");
    expect(where).not.toBeNull();
    fireEvent.click(within(review as HTMLElement).getByRole("button", { name: "Show in sheet" }));
    await waitFor(() => {
      expect(workbook.selection).toEqual({ sheet: where?.[1], address: where?.[2] });
    }, SLOW);
    expect(workbook.active).toBe(where?.[1]);
    fireEvent.click(screen.getByTestId("step-needs"));
    const preset = await screen.findByTestId<HTMLSelectElement>("preset-select", {}, SLOW);
    fireEvent.change(preset, { target: { value: SAMPLE_PRESET } });
    await clickWhenEnabled("run-analysis");
    await screen.findByTestId("gap-matrix", {}, SLOW);

    await clickWhenEnabled("write-sheets");
    await screen.findByText(/^Written:/, {}, SLOW);
    const ours = [SHEET_NAMES.summary, SHEET_NAMES.matrix, SHEET_NAMES.actions];
    expect(workbook.sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.name), ...ours]);
    const matrix = workbook.sheet(SHEET_NAMES.matrix)?.values ?? [];
    expect(matrix[0]?.slice(0, 5)).toEqual([
      "Indicator",
      "Section",
      "Priority",
      "Availability",
      "Score",
    ]);
    // One row per need of the core preset, as many as the pane lists.
    expect(matrix.length - 1).toBe(screen.getAllByTestId("result-row").length);
    // The pane's overall score is the Summary sheet's.
    const overall = workbook.sheet(SHEET_NAMES.summary)?.values[1];
    expect(overall?.[0]).toBe("Overall");
    expect(screen.getByTestId("overall-score").textContent).toBe(
      String(Math.round(Number(overall?.[1]))),
    );
    // The scanned tables count: some need has a score above zero.
    expect(matrix.slice(1).some((cells) => Number(cells[4]) > 0)).toBe(true);

    // "Go to sheet" on the first (biggest) gap.
    const [goTo] = screen.getAllByTestId("go-to-sheet");
    fireEvent.click(goTo as HTMLElement);
    const row = biggestGapRow(matrix);
    await waitFor(() => {
      expect(workbook.selection).toEqual({ sheet: SHEET_NAMES.matrix, address: `A${row}:O${row}` });
    }, SLOW);
    expect(workbook.active).toBe(SHEET_NAMES.matrix);
    // The card that was clicked names the indicator on that row.
    const card = goTo?.closest("li");
    expect(card?.textContent).toContain(String(matrix[row - 1]?.[0]));

    // Accepting saved the session in the workbook and tagged the accepted tables by name.
    await waitFor(() => {
      expect(workbook.partsIn(STATE_NAMESPACE)).toHaveLength(1);
    }, SLOW);
    expect(workbook.names.length).toBeGreaterThan(0);
    for (const tag of workbook.names) {
      expect(tag.name).toMatch(/^gapmap_/);
      expect(grids.map((g) => g.name)).toContain(tag.sheet);
    }
  }, 120_000);
});
