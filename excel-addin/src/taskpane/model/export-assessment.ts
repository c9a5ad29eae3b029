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

export type ExportFormat = "xlsx" | "csv" | "json";

export interface ExportedFile {
  fileName: string;
  content: Uint8Array | string;
  mimeType: string;
}

/** Longest workbook-name part of an export's name, so the whole name stays readable. */
const MAX_NAME_PART = 40;

/** Letters and digits of any script kept; everything else becomes one hyphen. */
function namePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_NAME_PART);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "gapmap-Datos_2024-migration-profile-core-2026-03-01-0915": runs on one day never collide. */
export function exportBaseName(workbook: string, preset: string, now: Date): string {
  const time = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const parts = [
    "gapmap",
    namePart(workbook.replace(/\.[^.]+$/, "")),
    namePart(preset),
    time,
  ].filter((p) => p !== "");
  return parts.join("-");
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
