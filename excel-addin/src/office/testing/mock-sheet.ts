/**
 * A worksheet and its ranges as office-addin-mock data (see mock-workbook.ts for why each part
 * exists). Reads hand back the cells as they are when the range is asked for; writes reach the
 * sheet at the next sync.
 */
import { rangeFromA1, rangeToA1, toA1, type CellRange, type Grid } from "@gapmap/core";
import type { OfficeMockObject } from "office-addin-mock";
import { sameName } from "../excel-names";
import type { MockWorkbook } from "./mock-workbook";

export type MockCell = string | number | boolean | null;

export interface MockSheetSpec {
  name: string;
  values?: MockCell[][];
  /** Number formats by A1 address; other cells are General. */
  formats?: Record<string, string>;
  merges?: CellRange[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface MockConditionalFormat {
  address: string;
  type: string;
  fill?: string;
  rule?: unknown;
}

export interface MockSheet {
  name: string;
  visibility: string;
  values: MockCell[][];
  formats: Record<string, string>;
  merges: CellRange[];
  /** Worksheet custom properties (keys ignore case in Excel). */
  properties: Map<string, string>;
  tables: { name: string; address: string; hasHeaders: boolean }[];
  conditionalFormats: MockConditionalFormat[];
  validations: { address: string; rule: unknown }[];
  hiddenColumns: Set<number>;
}

const GENERAL = "General";

/** Sheets as core read them from a file, for the mock workbook to hold. */
export function sheetSpecsFromGrids(grids: readonly Grid[]): MockSheetSpec[] {
  return grids.map((g) => ({ name: g.name, values: g.rows, formats: g.formats, merges: g.merges }));
}

function valueType(value: MockCell): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  return typeof value === "boolean" ? "Boolean" : "String";
}

/** The cells of an area as Office.js returns them: values, valueTypes and number formats. */
export function cellsIn(sheet: MockSheet, area: CellRange) {
  const grid = <T>(read: (r: number, c: number) => T): T[][] =>
    Array.from({ length: area.e.r - area.s.r + 1 }, (_, r) =>
      Array.from({ length: area.e.c - area.s.c + 1 }, (_, c) => read(area.s.r + r, area.s.c + c)),
    );
  const value = (r: number, c: number): MockCell => sheet.values[r]?.[c] ?? "";
  return {
    values: grid(value),
    valueTypes: grid((r, c) => valueType(value(r, c))),
    numberFormat: grid((r, c) => sheet.formats[toA1({ r, c })] ?? GENERAL),
  };
}

/** The smallest area holding every non-empty cell, or undefined for a blank sheet. */
function usedArea(sheet: MockSheet): CellRange | undefined {
  let area: CellRange | undefined;
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      area = area
        ? {
            s: { r: Math.min(area.s.r, r), c: Math.min(area.s.c, c) },
            e: { r: Math.max(area.e.r, r), c: Math.max(area.e.c, c) },
          }
        : { s: { r, c }, e: { r, c } };
    });
  });
  return area;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.s.r <= b.e.r && b.s.r <= a.e.r && a.s.c <= b.e.c && b.s.c <= a.e.c;
}

function paint(area: CellRange, grid: unknown, put: (r: number, c: number, v: unknown) => void) {
  if (!Array.isArray(grid)) throw new Error("a range write needs a 2-D array");
  (grid as unknown[][]).forEach((row, r) => {
    row.forEach((v, c) => {
      put(area.s.r + r, area.s.c + c, v);
    });
  });
}

function quoted(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

function rangeProxy(workbook: MockWorkbook, sheet: MockSheet, area: CellRange): OfficeMockObject {
  const address = rangeToA1(area);
  const mock = workbook.proxy(
    {
      address: `${quoted(sheet.name)}!${address}`,
      rowIndex: area.s.r,
      columnIndex: area.s.c,
      rowCount: area.e.r - area.s.r + 1,
      columnCount: area.e.c - area.s.c + 1,
      ...cellsIn(sheet, area),
      dataValidation: {},
      conditionalFormats: {
        add: (type: string) => {
          const format: MockConditionalFormat = { address, type };
          workbook.queue(`add ${type} format ${sheet.name}!${address}`, () =>
            sheet.conditionalFormats.push(format),
          );
          const kind = type === "ContainsText" ? "textComparison" : "cellValue";
          return workbook.proxy(
            { [kind]: { format: { fill: {} } } },
            {
              [`${kind}/format/fill/color`]: (fill) => (format.fill = String(fill)),
              [`${kind}/rule`]: (rule) => (format.rule = rule),
            },
          );
        },
      },
      getMergedAreasOrNullObject: () => {
        const inside = sheet.merges.filter((m) => overlaps(m, area));
        const areas = inside.map((m) => `${quoted(sheet.name)}!${rangeToA1(m)}`).join(", ");
        return workbook.nullable(workbook.proxy({ address: areas }), inside.length === 0);
      },
      select: () => {
        workbook.queue(`select ${sheet.name}!${address}`, () => {
          workbook.selection = { sheet: sheet.name, address };
        });
      },
    },
    {
      numberFormat: (grid) => {
        paint(area, grid, (r, c, f) => {
          if (f === GENERAL) Reflect.deleteProperty(sheet.formats, toA1({ r, c }));
          else sheet.formats[toA1({ r, c })] = String(f);
        });
      },
      values: (grid) => {
        paint(area, grid, (r, c, v) => {
          const row = (sheet.values[r] ??= []);
          row[c] = v as MockCell;
        });
      },
      columnHidden: (hidden) => {
        if (hidden === true) for (let c = area.s.c; c <= area.e.c; c++) sheet.hiddenColumns.add(c);
      },
      "dataValidation/rule": (rule) => {
        sheet.validations.push({ address, rule });
      },
    },
  );
  return workbook.rangeProxy(sheet, area, mock);
}

function customProperties(workbook: MockWorkbook, sheet: MockSheet) {
  const keyOf = (key: string) => [...sheet.properties.keys()].find((k) => sameName(k, key));
  return {
    add: (key: string, value: string) => {
      workbook.queue(`mark ${sheet.name} ${key}=${value}`, () => {
        const earlier = keyOf(key);
        if (earlier !== undefined) sheet.properties.delete(earlier);
        sheet.properties.set(key, value);
      });
    },
    getItemOrNullObject: (key: string) => {
      const found = keyOf(key);
      const value = found === undefined ? "" : (sheet.properties.get(found) ?? "");
      return workbook.nullable(workbook.proxy({ key, value }), found === undefined);
    },
  };
}

/** A worksheet proxy: name and visibility to load, the methods the adapter calls. */
export function sheetProxyData(workbook: MockWorkbook, sheet: MockSheet): OfficeMockObject {
  return workbook.proxy(
    {
      name: sheet.name,
      visibility: sheet.visibility,
      customProperties: customProperties(workbook, sheet),
      tables: {
        add: (range: unknown, hasHeaders: boolean) => {
          const table = {
            name: `Table${workbook.newId()}`,
            address: rangeToA1(workbook.rangeOf(range).area),
            hasHeaders,
          };
          workbook.queue(`add table ${sheet.name}!${table.address}`, () =>
            sheet.tables.push(table),
          );
          return workbook.proxy({ name: table.name }, { name: (n) => (table.name = String(n)) });
        },
      },
      getRangeByIndexes: (r: number, c: number, rows: number, columns: number) =>
        rangeProxy(workbook, sheet, { s: { r, c }, e: { r: r + rows - 1, c: c + columns - 1 } }),
      getRange: (address: string) => {
        const area = rangeFromA1(address);
        if (area === undefined) throw new Error(`the mock reads A1 ranges only, not ${address}`);
        return rangeProxy(workbook, sheet, area);
      },
      getUsedRangeOrNullObject: () => {
        const area = usedArea(sheet);
        if (area !== undefined) return workbook.nullable(rangeProxy(workbook, sheet, area), false);
        const empty = { address: "", rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
        return workbook.nullable(workbook.proxy(empty), true);
      },
      activate: () => {
        workbook.queue(`activate ${sheet.name}`, () => {
          workbook.active = sheet.name;
        });
      },
      delete: () => {
        workbook.queue(`delete sheet ${sheet.name}`, () => {
          const at = workbook.sheets.indexOf(sheet);
          if (at >= 0) workbook.sheets.splice(at, 1);
        });
      },
    },
    {
      name: (name) => {
        workbook.log.push(`rename ${sheet.name} to ${String(name)}`);
        sheet.name = String(name);
      },
      visibility: (visibility) => (sheet.visibility = String(visibility)),
    },
  );
}
