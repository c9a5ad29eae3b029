/**
 * A data-request pack as .xlsx bytes: the cover, the requested-indicators sheet, one
 * data-entry sheet per indicator, and the key (a very hidden sheet plus one defined name per
 * table) that lets the returned file be read exactly.
 */
import ExcelJS from "exceljs";
import { displayName } from "../catalogue/display-name";
import type { Catalogue } from "../catalogue/schema";
import { workbookBytes } from "../inventory/inventory-xlsx";
import { addDataEntrySheet } from "./data-entry-sheet";
import { layoutTable, tableRange } from "./data-entry-layout";
import { packLabels, type PackLabels } from "./pack-labels";
import {
  REQUEST_KEY_MARKER,
  REQUEST_KEY_SHEET,
  REQUEST_KEY_VERSION,
  type RequestKey,
  type RequestPack,
  type RequestTable,
} from "./request-pack-schema";

/** The cover's cell where the agency writes the return date. */
export const RETURN_DATE_CELL = "B11";

function addCover(workbook: ExcelJS.Workbook, pack: RequestPack, labels: PackLabels): void {
  const sheet = workbook.addWorksheet(labels.coverSheet);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 80;
  sheet.getCell("A1").value = labels.title;
  sheet.getCell("A1").font = { bold: true, size: 15 };
  const rows: [string, string][] = [
    [labels.requestId, pack.requestId],
    [
      labels.to,
      pack.agencyContact === undefined ? pack.agency : `${pack.agency} — ${pack.agencyContact}`,
    ],
    [labels.profile, pack.profile.name],
    [labels.requestedOn, pack.requestedOn],
    [labels.due, pack.due ?? ""],
    [labels.contact, pack.contact ?? ""],
    [labels.areas, pack.policyAreas.join("; ")],
    [labels.howToReturn, labels.returnSteps],
  ];
  rows.forEach(([label, value], i) => {
    sheet.getCell(3 + i, 1).value = label;
    sheet.getCell(3 + i, 1).font = { bold: true };
    sheet.getCell(3 + i, 2).value = value;
    sheet.getCell(3 + i, 2).alignment = { wrapText: true, vertical: "top" };
  });
  sheet.getRow(10).height = 48;
  sheet.getCell("A11").value = labels.dateReturned;
  sheet.getCell("A11").font = { bold: true };
  const returned = sheet.getCell(RETURN_DATE_CELL);
  returned.protection = { locked: false };
  returned.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
  returned.border = {
    top: { style: "thin" },
    bottom: { style: "thin" },
    left: { style: "thin" },
    right: { style: "thin" },
  };
  sheet.getCell("A13").value = labels.why;
  sheet.mergeCells("A13:B13");
  sheet.getCell("A13").alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(13).height = 45;
}

function addIndicatorsSheet(
  workbook: ExcelJS.Workbook,
  catalogue: Catalogue,
  pack: RequestPack,
  tables: readonly RequestTable[],
  labels: PackLabels,
): void {
  const sheet = workbook.addWorksheet(labels.indicatorsSheet);
  sheet.addRow([...labels.columns]).font = { bold: true };
  const dimension = (kind: string) => displayName(catalogue, "dimension", kind, pack.lang).text;
  const years = (list: readonly number[]) => `${String(list[0])}–${String(list.at(-1))}`;
  pack.items.forEach((item, i) => {
    sheet.addRow([
      item.indicator,
      item.nameIsFallback ? `${item.name} ${labels.englishName}` : item.name,
      item.definition,
      item.standards.join("; "),
      item.breakdowns.map(dimension).join(", "),
      years(item.years),
      item.frequency,
      displayName(catalogue, "priority", item.priority, pack.lang).text,
      item.themes.join("; "),
      tables[i]?.sheet ?? "",
    ]);
  });
  [14, 48, 60, 30, 30, 12, 12, 10, 36, 26].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: "top" };
  });
}

function addKeySheet(workbook: ExcelJS.Workbook, key: RequestKey): void {
  const sheet = workbook.addWorksheet(REQUEST_KEY_SHEET, { state: "veryHidden" });
  const { tables, ...pack } = key;
  // One JSON document per row keeps every cell far below Excel's 32,767-character limit.
  sheet.addRow([REQUEST_KEY_MARKER, REQUEST_KEY_VERSION]);
  sheet.addRow(["pack", JSON.stringify(pack)]);
  for (const table of tables) sheet.addRow(["table", JSON.stringify(table)]);
}

/** Sheet names are at most 31 characters and unique; the number keeps them in order. */
function sheetName(index: number, indicator: string): string {
  return `${String(index + 1).padStart(2, "0")} ${indicator}`.slice(0, 31);
}

export async function requestPackToXlsx(
  catalogue: Catalogue,
  pack: RequestPack,
): Promise<{ bytes: Uint8Array; key: RequestKey }> {
  const labels = packLabels(pack.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Gapmap";
  workbook.title = `${labels.title}: ${pack.requestId}`;
  const tables = pack.items.map((item, i) => {
    const breakdownLabels = Object.fromEntries(
      item.breakdowns.map((kind) => [
        kind,
        displayName(catalogue, "dimension", kind, pack.lang).text,
      ]),
    );
    return layoutTable(
      item,
      labels,
      breakdownLabels,
      sheetName(i, item.indicator),
      `GM_T${String(i + 1)}`,
    );
  });
  addCover(workbook, pack, labels);
  addIndicatorsSheet(workbook, catalogue, pack, tables, labels);
  for (const [i, item] of pack.items.entries()) {
    const table = tables[i];
    if (table === undefined) continue;
    await addDataEntrySheet(workbook, item, table, labels);
    workbook.definedNames.add(tableRange(table), table.definedName);
  }
  const key: RequestKey = {
    marker: REQUEST_KEY_MARKER,
    version: REQUEST_KEY_VERSION,
    requestId: pack.requestId,
    agency: pack.agency,
    lang: pack.lang,
    profile: pack.profile,
    catalogueVersion: pack.catalogueVersion,
    requestedOn: pack.requestedOn,
    ...(pack.due === undefined ? {} : { due: pack.due }),
    coverSheet: labels.coverSheet,
    tables,
  };
  addKeySheet(workbook, key);
  for (const sheet of workbook.worksheets)
    sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const cover = workbook.getWorksheet(labels.coverSheet);
  await cover?.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  return { bytes: await workbookBytes(workbook), key };
}

/** `request-<agency>-<date>.xlsx`, e.g. `request-migration-service-2026-12-06.xlsx`. */
export function requestPackFileName(pack: RequestPack): string {
  return `request-${pack.slug}-${pack.requestedOn}.xlsx`;
}
