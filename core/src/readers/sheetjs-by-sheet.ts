/**
 * .xlsx read in steps that can each report progress, instead of one SheetJS call that sits at 0
 * for seconds on a 20 MB file: the package is unzipped one part at a time (fflate, progress by
 * compressed bytes), SheetJS lists the sheets (`bookSheets`), then parses a few sheets per call
 * (`sheets`) from the unzipped container, and each sheet becomes a Grid at once.
 *
 * Each parse call reads the shared strings and styles again, so sheets are grouped into at most
 * MAX_PARSE_CALLS calls by size: a few repeats, not one per sheet of a 40-sheet workbook.
 */
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import type { Grid } from "../grid/grid";
import type { ReadProgress } from "./read-result";
import { sheetToGrid } from "./sheetjs-grid";

/** Share of the bar for unzipping; parsing and converting the sheets take the rest. */
const UNZIP_SHARE = 0.25;
const MAX_PARSE_CALLS = 20;

/** SheetJS's zip container and its parser, exported by the library but not in its types. */
interface SheetJsZipApi {
  CFB: {
    utils: {
      cfb_new: () => unknown;
      cfb_add: (container: unknown, name: string, content: Uint8Array) => unknown;
    };
  };
  parse_zip: (container: unknown, options: XLSX.ParsingOptions) => XLSX.WorkBook;
}
const sheetJs = XLSX as unknown as SheetJsZipApi;

export interface BySheetOutcome {
  sheets: Grid[];
  /** Sheets the workbook lists that have no part in the file. */
  missing: string[];
  /** SheetJS's document properties (title, author, company…). */
  props: XLSX.FullProperties | undefined;
}

interface Unzipped {
  container: unknown;
  /** Unzipped size of each part, by path. */
  sizes: ReadonlyMap<string, number>;
}

/** Unzips part by part into SheetJS's container, reporting progress by compressed size. */
function unzipInSteps(bytes: Uint8Array, report: (fraction: number) => void): Unzipped {
  const parts: { name: string; size: number }[] = [];
  const sizes = new Map<string, number>();
  unzipSync(bytes, {
    filter: (file) => {
      parts.push({ name: file.name, size: file.size });
      sizes.set(file.name, file.originalSize);
      return false;
    },
  });
  const total = parts.reduce((n, p) => n + p.size, 0) || 1;
  const container = sheetJs.CFB.utils.cfb_new();
  let done = 0;
  for (const part of parts) {
    const content = unzipSync(bytes, { filter: (file) => file.name === part.name })[part.name];
    if (content !== undefined) sheetJs.CFB.utils.cfb_add(container, part.name, content);
    done += part.size;
    report(done / total);
  }
  return { container, sizes };
}

/** Consecutive sheet indexes grouped so no group is much larger than total / maxGroups. */
export function groupSheets(sizes: readonly number[], maxGroups: number): number[][] {
  const total = sizes.reduce((n, s) => n + s, 0);
  const target = total / Math.max(1, maxGroups);
  const groups: number[][] = [];
  let current: number[] = [];
  let currentSize = 0;
  sizes.forEach((size, index) => {
    if (current.length > 0 && currentSize + size > target) {
      groups.push(current);
      current = [];
      currentSize = 0;
    }
    current.push(index);
    currentSize += size;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Each sheet's part size, for grouping and progress; 1 when unknown. */
function sheetPartSizes(sizes: ReadonlyMap<string, number>, count: number): number[] {
  // Sheet N is usually xl/worksheets/sheetN.xml; other layouts just group by count.
  return Array.from({ length: count }, (_, i) => sizes.get(`xl/worksheets/sheet${i + 1}.xml`) ?? 1);
}

/**
 * Reads an .xlsx package sheet by sheet. Throws when fflate or SheetJS cannot read it this way;
 * the caller then reads it in one call, which words the failure for the user.
 */
export function readXlsxBySheet(
  bytes: Uint8Array,
  parseOptions: XLSX.ParsingOptions,
  onProgress: (info: ReadProgress) => void,
): BySheetOutcome {
  onProgress({ stage: "parsing", fraction: 0 });
  const { container, sizes: partSizes } = unzipInSteps(bytes, (f) => {
    onProgress({ stage: "parsing", fraction: f * UNZIP_SHARE });
  });
  const book = sheetJs.parse_zip(container, { ...parseOptions, bookSheets: true, bookProps: true });
  const names = book.SheetNames;
  const sizes = sheetPartSizes(partSizes, names.length);
  const totalSize = sizes.reduce((n, s) => n + s, 0) || 1;
  const sheets: Grid[] = [];
  const missing: string[] = [];
  let doneSize = 0;
  const fraction = () => UNZIP_SHARE + ((1 - UNZIP_SHARE) * doneSize) / totalSize;
  for (const group of groupSheets(sizes, MAX_PARSE_CALLS)) {
    const first = names[group[0] ?? 0];
    onProgress({
      stage: "converting",
      fraction: fraction(),
      ...(first ? { sheetName: first } : {}),
    });
    const parsed = sheetJs.parse_zip(container, { ...parseOptions, sheets: group });
    // The listing pass skips the workbook's properties; every full pass has them.
    const date1904 = parsed.Workbook?.WBProps?.date1904 === true;
    for (const index of group) {
      const name = names[index] ?? "";
      const sheet = parsed.Sheets[name];
      if (sheet === undefined) missing.push(name);
      else if (sheet["!type"] !== "chart") sheets.push(sheetToGrid(name, sheet, { date1904 }));
      doneSize += sizes[index] ?? 0;
      onProgress({ stage: "converting", fraction: fraction(), sheetName: name });
    }
  }
  return { sheets, missing, props: book.Props };
}
