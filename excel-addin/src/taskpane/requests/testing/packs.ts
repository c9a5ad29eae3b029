/**
 * Real packs for the tests of the Data requests step: an assessment of the core preset over a
 * nearly empty inventory (so most indicators are requested), its packs written by core, and a
 * returned pack filled in with exceljs as an agency would.
 */
import { getCatalogue } from "@gapmap/catalog";
import type { Assessment, RequestKey, SourceRecord } from "@gapmap/core";
import {
  requestPackToXlsx,
  REQUEST_KEY_SHEET,
  sourceRecordSchema,
  type RequestPack,
} from "@gapmap/core";
import ExcelJS from "exceljs";
import { buildProfile } from "../../model/needs-edits";
import { EMPTY_CHOICE } from "../../model/empty-choice";
import { inventoryOf } from "../../model/review";
import { runAssessment } from "../../model/run-assessment";
import { planPacks } from "../pack-files";

export const catalogue = getCatalogue();
export const PRESET = "migration-profile-core";

/** One hand-made record, so the analysis can run (the pane needs one). */
export const SEED_RECORD: SourceRecord = sourceRecordSchema.parse({
  id: "seed-1",
  indicators: ["stock-total"],
  location: { kind: "workbook", file: "seed.xlsx", sheet: "Data" },
  title: "Population census",
  producer: "National Statistics Office",
  years: [2020],
  periodicity: "annual",
  breakdowns: [],
  geography: "national",
  access: "public",
  quality: [],
  proxy: false,
  origin: "import",
});

export function sampleAssessment(presetId = PRESET, referenceYear = 2025): Assessment {
  const profile = buildProfile(catalogue, { ...EMPTY_CHOICE, presetId, referenceYear });
  return runAssessment(catalogue, profile, inventoryOf([SEED_RECORD]));
}

export function samplePacks(assessment = sampleAssessment()): RequestPack[] {
  return planPacks(catalogue, assessment, {
    requestedOn: "2025-07-01",
    due: "2025-09-30",
    contact: "TWG secretariat, twg@example.org",
    lang: "en",
  });
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export type FillMode = "full" | "totals-only" | "text-in-numbers" | "key-removed";

/** A pack as an agency sends it back: figures typed in (or damaged as `mode` says). */
export async function returnedPack(pack: RequestPack, mode: FillMode): Promise<Uint8Array> {
  const { bytes, key } = await requestPackToXlsx(catalogue, pack);
  const workbook = await load(bytes);
  fillTables(workbook, key, mode);
  const cover = workbook.getWorksheet(key.coverSheet);
  if (cover) cover.getCell("B11").value = "2025-09-15";
  if (mode === "key-removed") {
    const keySheet = workbook.getWorksheet(REQUEST_KEY_SHEET);
    if (keySheet) workbook.removeWorksheet(keySheet.id);
  }
  return save(workbook);
}

function fillTables(workbook: ExcelJS.Workbook, key: RequestKey, mode: FillMode): void {
  for (const table of key.tables) {
    const sheet = workbook.getWorksheet(table.sheet);
    if (sheet === undefined) throw new Error(`no sheet ${table.sheet}`);
    table.rows.forEach((row, i) => {
      if (mode === "totals-only" && row.breakdown !== "total") return;
      const excelRow = sheet.getRow(table.headerRow + 1 + i);
      if (row.category === undefined)
        excelRow.getCell(table.categoryColumn).value = `group ${String(i)}`;
      for (const { column } of table.yearColumns)
        excelRow.getCell(column).value = mode === "text-in-numbers" ? "about 120" : 120 + i;
    });
  }
}
