/** Step 4: the gap analysis and its exports, all through core's one matrix model. */
import {
  assessmentToCsv,
  assessmentToJson,
  assessmentToXlsx,
  buildAssessment,
  type Assessment,
  type Catalogue,
  type Inventory,
  type NeedsProfile,
} from "@gapmap/core";
import { ACTION_LIBRARY } from "./action-library";

export function runAssessment(
  catalogue: Catalogue,
  profile: NeedsProfile,
  inventory: Inventory,
): Assessment {
  return buildAssessment(catalogue, profile, inventory, { actions: ACTION_LIBRARY });
}

export type ExportFormat = "xlsx" | "csv" | "json";

export interface ExportedFile {
  fileName: string;
  content: Uint8Array | string;
  mimeType: string;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function exportAssessment(
  assessment: Assessment,
  inventory: Inventory,
  format: ExportFormat,
): Promise<ExportedFile> {
  const base = `gapmap-gap-analysis-${assessment.date}`;
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
