/**
 * The Excel path of the results step against office-addin-mock (through the strict FakeExcel):
 * the pane's sheets are written into the workbook, and "Go to sheet" selects the indicator's row
 * of the gap matrix sheet.
 */
import { buildAssessment } from "@gapmap/core";
import { describe, expect, it } from "vitest";
import { createOfficeHost } from "../../host/office-host";
import { testEnvironment } from "../../host/testing/office-environment";
import { FakeExcel } from "../../office/testing/fake-excel";
import { catalogue, scannedFixture, SCAN_FIXTURE } from "../testing/scan-fixture";
import { ACTION_LIBRARY } from "./action-library";
import { assessmentSheets, SHEET_NAMES } from "./assessment-sheets";
import { matrixRowRange } from "./matrix-row";
import { buildProfile } from "./needs-edits";
import { EMPTY_CHOICE } from "./restore-session";
import { acceptedRecords, initialReview, inventoryOf, type TableReview } from "./review";

async function assessment() {
  const found = await scannedFixture();
  const reviews = new Map<string, TableReview>(
    found.map((f) => [f.key, { ...initialReview(f, catalogue), status: "accepted" }]),
  );
  const profile = buildProfile(catalogue, {
    ...EMPTY_CHOICE,
    presetId: catalogue.presets[0]?.id ?? "",
  });
  const inventory = inventoryOf(acceptedRecords(SCAN_FIXTURE, found, reviews));
  return buildAssessment(catalogue, profile, inventory, { actions: ACTION_LIBRARY });
}

describe("results in Excel", () => {
  it("writes the sheets, then 'Go to sheet' selects the indicator's matrix row", async () => {
    const a = await assessment();
    const fake = new FakeExcel({ sheets: [{ name: "Datos", values: [["a", 1]] }] });
    const host = createOfficeHost(fake.excel, testEnvironment());
    const written = await host.writeSheets?.(assessmentSheets(a), false);
    expect(written).toEqual({ status: "written", sheets: Object.values(SHEET_NAMES) });
    const matrix = fake.sheet(SHEET_NAMES.matrix);
    expect(matrix).toBeDefined();

    const row = a.rows[3];
    if (row === undefined) throw new Error("the preset has fewer than four needs");
    const target = matrixRowRange(a, row);
    expect(target).toEqual({ sheet: SHEET_NAMES.matrix, address: "A5:O5" });
    fake.log.length = 0;
    await host.showRange(target?.sheet ?? "", target?.address ?? "");
    expect(fake.log).toEqual(
      expect.arrayContaining([`activate ${SHEET_NAMES.matrix}`, "select range(A5:O5)"]),
    );
    // The selected row is the indicator's: its name is in column A of sheet row 5.
    expect(matrix?.values[4]?.[0]).toBe(row.name);
    expect(matrix?.values[0]?.[0]).toBe("Indicator");
  });
});
