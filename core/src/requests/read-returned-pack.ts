/**
 * Reads a returned data-request pack exactly, by its key: what each table holds, where it was
 * found, and every change to its layout. Bytes in, a reading out; a pack that cannot be read
 * exactly throws RequestPackError listing every problem, so nothing is half-imported.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../grid/address";
import { cellText } from "../inventory/xlsx-cells";
import { locateTable, reportYearChanges } from "./locate-table";
import { packIntegrityWarnings, type LocatedTable } from "./pack-integrity";
import { readTableCells } from "./read-table-cells";
import { RequestPackError } from "./request-pack-error";
import { sniffFormat } from "../readers/sniff-format";
import { odsFacts, odsPackWorkbook } from "./ods-pack-workbook";
import { RETURN_DATE_CELL } from "./request-pack-xlsx";
import { xlsxSheetProtection } from "./xlsx-sheet-protection";
import {
  REQUEST_ID_PREFIX,
  REQUEST_KEY_MARKER,
  REQUEST_KEY_SHEET,
  requestKeySchema,
  type PackReading,
  type PackTableReading,
  type RequestKey,
} from "./request-pack-schema";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function readKey(sheet: ExcelJS.Worksheet): RequestKey {
  const cells = (row: number) => [
    cellText(sheet.getCell(row, 1).value),
    cellText(sheet.getCell(row, 2).value),
  ];
  try {
    const pack = JSON.parse(cells(2)[1] ?? "") as Record<string, unknown>;
    const tables: unknown[] = [];
    for (let row = 3; row <= sheet.rowCount; row++) {
      const [kind, json] = cells(row);
      if (kind === "table" && json !== undefined) tables.push(JSON.parse(json));
    }
    const parsed = requestKeySchema.safeParse({ ...pack, marker: cells(1)[0], tables });
    if (parsed.success) return parsed.data;
    throw new RequestPackError(
      "key-invalid",
      parsed.error.issues.map(
        (i) => `the pack's key is damaged (${i.path.join(".")}: ${i.message})`,
      ),
    );
  } catch (error) {
    if (error instanceof RequestPackError) throw error;
    throw new RequestPackError("key-invalid", ["the pack's key is damaged and cannot be read"]);
  }
}

/** A request ID on the first sheet: the pack is ours, but its key is gone. */
function coverRequestId(workbook: ExcelJS.Workbook): string | undefined {
  const first = workbook.worksheets[0];
  let found: string | undefined;
  first?.eachRow((row) => {
    row.eachCell((cell) => {
      const text = cellText(cell.value);
      if (found === undefined && text.startsWith(REQUEST_ID_PREFIX)) found = text;
    });
  });
  return found;
}

function returnDate(
  workbook: ExcelJS.Workbook,
  key: RequestKey,
): Pick<PackReading, "returnedOn" | "returnedOnSource"> {
  const cover = workbook.getWorksheet(key.coverSheet);
  const written = cover === undefined ? "" : cellText(cover.getCell(RETURN_DATE_CELL).value).trim();
  if (ISO_DAY.test(written) && !Number.isNaN(Date.parse(written)))
    return { returnedOn: written, returnedOnSource: "cover" };
  const saved = workbook.modified;
  if (saved instanceof Date && !Number.isNaN(saved.getTime()))
    return { returnedOn: saved.toISOString().slice(0, 10), returnedOnSource: "file" };
  return { returnedOnSource: "unknown" };
}

interface OpenedPack {
  workbook: ExcelJS.Workbook;
  /** Sheet name → protection on, from the file's XML; undefined when it could not be read. */
  protection: ReadonlyMap<string, boolean> | undefined;
}

/** The workbook behind a returned pack; a file that is not .xlsx or .ods gets a clear error. */
async function openPack(bytes: Uint8Array): Promise<OpenedPack> {
  const format = sniffFormat(bytes);
  if (format.kind === "ods") {
    // SheetJS is loaded only for .ods packs, so the pane's request code stays small.
    const { readWorkbookBytes } = await import("../readers/read-workbook-bytes");
    const read = readWorkbookBytes(bytes, "pack.ods");
    if (!read.ok)
      throw new RequestPackError("unreadable", [
        "the file is an .ods workbook that cannot be read",
      ]);
    return odsPackWorkbook(read.sheets, odsFacts(bytes, format.entries));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new RequestPackError("unreadable", [
      "the file is not an .xlsx or .ods workbook that can be read",
    ]);
  }
  return { workbook, protection: xlsxSheetProtection(bytes) };
}

/** The key of a pack (what it asks and where each table is), or undefined when it has none. */
export async function readRequestKey(bytes: Uint8Array): Promise<RequestKey | undefined> {
  const { workbook } = await openPack(bytes);
  const keySheet = workbook.getWorksheet(REQUEST_KEY_SHEET);
  if (keySheet === undefined || cellText(keySheet.getCell(1, 1).value) !== REQUEST_KEY_MARKER)
    return undefined;
  return readKey(keySheet);
}

/**
 * The reading of a returned pack, or undefined when the workbook is not a pack at all. Throws
 * RequestPackError when it is one but cannot be read exactly (key removed or damaged, a table
 * gone, text in number cells).
 */
export async function readReturnedPack(bytes: Uint8Array): Promise<PackReading | undefined> {
  const { workbook, protection } = await openPack(bytes);
  const keySheet = workbook.getWorksheet(REQUEST_KEY_SHEET);
  if (keySheet === undefined || cellText(keySheet.getCell(1, 1).value) !== REQUEST_KEY_MARKER) {
    const id = coverRequestId(workbook);
    if (id === undefined) return undefined;
    throw new RequestPackError("key-missing", [
      `this is data-request pack ${id}, but its hidden key was removed, so its tables cannot be read exactly; ask the agency to copy its figures into the pack as sent`,
    ]);
  }
  const key = readKey(keySheet);
  const problems: string[] = [];
  const tables: PackTableReading[] = [];
  const found: LocatedTable[] = [];
  for (const table of key.tables) {
    const sheet = workbook.getWorksheet(table.sheet);
    if (sheet === undefined) {
      problems.push(`sheet "${table.sheet}" (${table.indicator}) is missing`);
      continue;
    }
    const changes: string[] = [];
    const located = locateTable(workbook, sheet, table, changes);
    if (located === undefined) {
      problems.push(
        `sheet "${table.sheet}": the table's header row was changed or removed, so it cannot be found`,
      );
      continue;
    }
    found.push({ table, located });
    reportYearChanges(table, located, changes);
    const cells = readTableCells(sheet, table, located, changes);
    for (const bad of cells.badCells)
      problems.push(`sheet "${table.sheet}" cell ${bad} is not a number`);
    const lastColumn = Math.max(located.notes, ...located.years.map((y) => y.column));
    tables.push({
      indicator: table.indicator,
      sheet: table.sheet,
      range: `A${String(located.headerRow)}:${columnLetters(lastColumn - 1)}${String(Math.max(cells.lastRow, located.headerRow))}`,
      ...cells.reading,
      changes,
    });
  }
  if (problems.length > 0) throw new RequestPackError("bad-values", problems);
  return {
    requestId: key.requestId,
    agency: key.agency,
    lang: key.lang,
    profile: key.profile,
    requestedOn: key.requestedOn,
    ...(key.due === undefined ? {} : { due: key.due }),
    ...returnDate(workbook, key),
    tables,
    warnings: packIntegrityWarnings(workbook, key, found, protection),
  };
}
