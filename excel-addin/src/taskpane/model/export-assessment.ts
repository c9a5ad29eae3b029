/**
 * Step 4's exports (.xlsx, CSV, JSON), all through core's one matrix model. The workbook writer
 * is large, so this module is loaded on the first export, not with the pane.
 */
import {
  assessmentToCsv,
  assessmentToJson,
  assessmentToXlsx,
  type Assessment,
  type Inventory,
} from "@gapmap/core";
import { XLSX_MIME } from "../../host/save-file";
import { exportBaseName } from "./export-name";

export { exportBaseName };

export type ExportFormat = "xlsx" | "csv" | "json";

export interface ExportedFile {
  fileName: string;
  content: Uint8Array | string;
  mimeType: string;
}

export async function exportAssessment(
  assessment: Assessment,
  inventory: Inventory,
  format: ExportFormat,
  names: { workbook: string; preset: string; now: Date },
): Promise<ExportedFile> {
  const base = exportBaseName(names.workbook, names.preset, names.now);
  switch (format) {
    case "xlsx":
      return {
        fileName: `${base}.xlsx`,
        content: await assessmentToXlsx(assessment, inventory),
        mimeType: XLSX_MIME,
      };
    case "csv":
      return {
        fileName: `${base}.csv`,
        content: assessmentToCsv(assessment),
        mimeType: "text/csv",
      };
    case "json":
      return {
        fileName: `${base}.json`,
        content: assessmentToJson(assessment),
        mimeType: "application/json",
      };
  }
}
