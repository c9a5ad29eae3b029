/**
 * Inventory as .xlsx bytes (exceljs): a "Records" sheet in the record columns, every cell
 * written as text so it reads back exactly, and an "About" sheet with owner and schema version.
 * fromXlsx also reads a filled hand-fill template, whose rows get origin "template".
 */
import ExcelJS from "exceljs";
import { InventoryImportError } from "./inventory-import-error";
import { RECORD_COLUMNS } from "./record-columns";
import { recordToRow } from "./record-to-row";
import {
  ABOUT_OWNER_LABEL,
  ABOUT_SHEET,
  ABOUT_VERSION_LABEL,
  addAboutSheet,
  addRecordsSheet,
  RECORDS_SHEET,
} from "./records-sheet";
import { rowsToInventory, type CellTable } from "./rows-to-inventory";
import { INVENTORY_SCHEMA_VERSION, type Inventory } from "./source-record";
import { cellText } from "./xlsx-cells";

/** Marks a workbook made by buildInventoryTemplate, so its rows are read as hand-filled. */
export const TEMPLATE_MARKER = "gapmap-inventory-template";

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  // A fresh Uint8Array: callers get plain bytes, never a Node Buffer.
  return new Uint8Array(buffer as unknown as ArrayLike<number>);
}

export async function toXlsx(inventory: Inventory): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addRecordsSheet(workbook);
  for (const record of inventory.records) {
    const row = recordToRow(record);
    sheet.addRow(RECORD_COLUMNS.map((column) => row[column]));
  }
  addAboutSheet(workbook, inventory.owner);
  return workbookBytes(workbook);
}

function readAbout(workbook: ExcelJS.Workbook): { owner?: string } {
  const sheet = workbook.getWorksheet(ABOUT_SHEET);
  if (sheet === undefined) return {};
  let owner: string | undefined;
  sheet.eachRow((row) => {
    const label = cellText(row.getCell(1).value).trim();
    const value = cellText(row.getCell(2).value);
    if (label === ABOUT_OWNER_LABEL && value !== "") owner = value;
    if (label === ABOUT_VERSION_LABEL && Number(value) > INVENTORY_SCHEMA_VERSION) {
      throw new InventoryImportError([
        {
          field: ABOUT_VERSION_LABEL,
          message: `this workbook uses inventory schema version ${value}, written by a newer Gapmap; this version reads up to ${INVENTORY_SCHEMA_VERSION}`,
        },
      ]);
    }
  });
  return owner === undefined ? {} : { owner };
}

function readRecordsTable(sheet: ExcelJS.Worksheet): CellTable {
  const width = sheet.columnCount;
  const texts = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value));
  const header = texts(sheet.getRow(1));
  const rows: CellTable["rows"] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, cells: texts(row) });
  });
  return { header, rows };
}

/** Reads exported or template workbooks; throws InventoryImportError listing every problem. */
export async function fromXlsx(bytes: Uint8Array | ArrayBuffer): Promise<Inventory> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types say Buffer; at runtime its zip reader takes any byte array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InventoryImportError([
      { field: "(file)", message: `not a readable .xlsx file: ${message}` },
    ]);
  }
  const sheet = workbook.getWorksheet(RECORDS_SHEET);
  if (sheet === undefined) {
    throw new InventoryImportError([
      { field: "(file)", message: `the workbook has no "${RECORDS_SHEET}" sheet` },
    ]);
  }
  const isTemplate = workbook.keywords === TEMPLATE_MARKER;
  return rowsToInventory(readRecordsTable(sheet), 1, {
    ...readAbout(workbook),
    ...(isTemplate ? { defaultOrigin: "template" as const } : {}),
  });
}
