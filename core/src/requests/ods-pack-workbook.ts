/**
 * A returned pack saved as OpenDocument (.ods), opened as the same exceljs workbook an .xlsx
 * pack gives, so one reader reads both: cell values from our spreadsheet readers (SheetJS),
 * and from the package's content.xml what SheetJS does not keep: which sheets are hidden and
 * protected, the named ranges that mark the tables, and which cells carry number validation.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../grid/grid";
import { decodeBytes } from "../readers/byte-text";
import { decodeXmlEntities, parseAttributes } from "../readers/xml-attributes";
import { findZipEntry, readZipEntry, type ZipEntry } from "../readers/zip-directory";
import { RequestPackError } from "./request-pack-error";
import { xmlTrue } from "./xlsx-sheet-protection";

/** content.xml of a pack is well under a megabyte; a far bigger one is not a pack we wrote. */
const MAX_CONTENT_BYTES = 64 * 1024 * 1024;
/** LibreOffice repeats the last empty row to the sheet's end; validation is not looked for there. */
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 1_000;

export interface OdsFacts {
  /** Sheet name → hidden (table:display="false" in its table style). */
  hidden: Map<string, boolean>;
  protection: Map<string, boolean>;
  /** Named range → exceljs range ("'sheet'!$A$5:$H$18"). */
  names: Map<string, string>;
  /** Sheet name → A1-less cells ("row,column", 1-based) → validation type. */
  validations: Map<string, Map<string, ExcelJS.DataValidation["type"]>>;
  /** dc:date of meta.xml: when the file was last saved. */
  saved?: Date;
}

function readPart(bytes: Uint8Array, entries: readonly ZipEntry[], name: string) {
  const entry = findZipEntry(entries, name);
  const part = entry && readZipEntry(bytes, entry, MAX_CONTENT_BYTES);
  return part === undefined ? undefined : decodeBytes(part, "utf-8");
}

/** "$'01 flow'.$A$5:.$H$18" → "'01 flow'!$A$5:$H$18"; undefined when it is not a cell range. */
export function odsRangeToA1(address: string): string | undefined {
  const match =
    /^\$?(?:'((?:[^']|'')*)'|([^.']*))\.\$?([A-Z]+)\$?(\d+)(?::[^.]*\.\$?([A-Z]+)\$?(\d+))?$/.exec(
      address,
    );
  if (match === null) return undefined;
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2] ?? "";
  const start = `$${match[3] ?? ""}$${match[4] ?? ""}`;
  const end = match[5] === undefined ? "" : `:$${match[5]}$${match[6] ?? ""}`;
  return `'${sheet.replace(/'/g, "''")}'!${start}${end}`;
}

function validationType(condition: string): ExcelJS.DataValidation["type"] {
  if (condition.includes("cell-content-is-decimal-number")) return "decimal";
  if (condition.includes("cell-content-is-whole-number")) return "whole";
  return "custom";
}

/** Walks each table's rows and cells (with their repeat counts) for validation names. */
function cellValidations(
  xml: string,
  types: ReadonlyMap<string, ExcelJS.DataValidation["type"]>,
): OdsFacts["validations"] {
  const bySheet: OdsFacts["validations"] = new Map();
  const token =
    /<(\/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let cells = new Map<string, ExcelJS.DataValidation["type"]>();
  let row = 1;
  let column = 1;
  let rowRepeat = 1;
  for (const m of xml.matchAll(token)) {
    const [, closing, tag, body = "", selfClosing] = m;
    if (tag === "table" && closing === "") {
      cells = new Map();
      bySheet.set(parseAttributes(body).get("name") ?? "", cells);
      row = 1;
    } else if (tag === "table-row") {
      if (closing === "") {
        column = 1;
        rowRepeat = Number(parseAttributes(body).get("number-rows-repeated") ?? 1);
      }
      if (closing === "/" || selfClosing === "/") row += rowRepeat;
    } else if ((tag === "table-cell" || tag === "covered-table-cell") && closing === "") {
      const attributes = parseAttributes(body);
      const repeat = Number(attributes.get("number-columns-repeated") ?? 1);
      const type = types.get(attributes.get("content-validation-name") ?? "");
      if (type !== undefined && row <= MAX_ROWS)
        for (let r = row; r < row + Math.min(rowRepeat, MAX_ROWS); r++)
          for (let c = column; c < Math.min(column + repeat, MAX_COLUMNS); c++)
            cells.set(`${String(r)},${String(c)}`, type);
      column += repeat;
    }
  }
  return bySheet;
}

export function odsFacts(bytes: Uint8Array, entries: readonly ZipEntry[]): OdsFacts {
  const xml = readPart(bytes, entries, "content.xml");
  if (xml === undefined)
    throw new RequestPackError("unreadable", ["the .ods file's content cannot be read"]);
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*)>\s*<style:table-properties\b([^>]*)>/g)) {
    const style = parseAttributes(m[1] ?? "");
    if (style.get("family") === "table" && parseAttributes(m[2] ?? "").get("display") === "false")
      hiddenStyles.add(style.get("name") ?? "");
  }
  const hidden = new Map<string, boolean>();
  const protection = new Map<string, boolean>();
  for (const m of xml.matchAll(/<table:table(?=[\s>])([^>]*)>/g)) {
    const table = parseAttributes(m[1] ?? "");
    const name = table.get("name") ?? "";
    hidden.set(name, hiddenStyles.has(table.get("style-name") ?? ""));
    protection.set(name, xmlTrue(table.get("protected")));
  }
  const names = new Map<string, string>();
  for (const m of xml.matchAll(/<table:named-range\b([^>]*)>/g)) {
    const range = parseAttributes(m[1] ?? "");
    const a1 = odsRangeToA1(range.get("cell-range-address") ?? "");
    const name = range.get("name");
    if (name !== undefined && a1 !== undefined) names.set(name, a1);
  }
  const types = new Map<string, ExcelJS.DataValidation["type"]>();
  for (const m of xml.matchAll(/<table:content-validation\b([^>]*)>/g)) {
    const validation = parseAttributes(m[1] ?? "");
    types.set(validation.get("name") ?? "", validationType(validation.get("condition") ?? ""));
  }
  const date = /<dc:date>([^<]+)<\/dc:date>/.exec(readPart(bytes, entries, "meta.xml") ?? "")?.[1];
  const saved = date === undefined ? undefined : new Date(decodeXmlEntities(date));
  return {
    hidden,
    protection,
    names,
    validations: cellValidations(xml, types),
    ...(saved === undefined || Number.isNaN(saved.getTime()) ? {} : { saved }),
  };
}

/** The exceljs workbook of an .ods pack, with the sheets' protection beside it. */
export function odsPackWorkbook(
  grids: readonly Grid[],
  facts: OdsFacts,
): { workbook: ExcelJS.Workbook; protection: Map<string, boolean> } {
  const workbook = new ExcelJS.Workbook();
  if (facts.saved !== undefined) workbook.modified = facts.saved;
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name, {
      state: facts.hidden.get(grid.name) === true ? "hidden" : "visible",
    });
    grid.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const [cell, type] of facts.validations.get(grid.name) ?? []) {
      const [row = 0, column = 0] = cell.split(",").map(Number);
      sheet.getCell(row, column).dataValidation = { type, allowBlank: true, formulae: [] };
    }
  }
  for (const [name, range] of facts.names) workbook.definedNames.add(range, name);
  return { workbook, protection: facts.protection };
}
