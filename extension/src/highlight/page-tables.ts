/** HTML tables on the page → core Grid → core table detection (years, breakdowns, indicators). */
import { detectTables, type Grid } from "@gapmap/core";
import type { PageTable } from "../platform/messages";
import { cssPathOf } from "./css-path";

/** Tables smaller than this are layout, not data. */
const MIN_DATA_ROWS = 2;
const NUMBER_RE = /^-?[\d\s\u00A0.,']+$/;

function cellValue(text: string): string | number | null {
  const trimmed = text.replace(/\s+/g, " ").trim();
  if (trimmed === "") return null;
  if (NUMBER_RE.test(trimmed)) {
    const number = Number(trimmed.replace(/[\s\u00A0',]/g, ""));
    if (Number.isFinite(number)) return number;
  }
  return trimmed;
}

/** Structural conversion; spanning cells repeat their value, as merged areas read in a sheet. */
export function tableToGrid(table: HTMLTableElement, name: string): Grid {
  const rows: (string | number | null)[][] = [];
  Array.from(table.rows).forEach((row, r) => {
    const out = (rows[r] ??= []);
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (out[c] !== undefined) c++;
      const value = cellValue(cell.textContent);
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        const target = (rows[r + dr] ??= []);
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) target[c + dc] = value;
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const dense = rows.map((row) => Array.from(row, (v) => v ?? null));
  const width = Math.max(0, ...dense.map((row) => row.length));
  return { name, rows: dense, width, formats: {}, merges: [] };
}

export function findPageTables(doc: Document): { element: HTMLTableElement; info: PageTable }[] {
  return Array.from(doc.querySelectorAll("table"))
    .filter((t) => t.rows.length >= MIN_DATA_ROWS)
    .map((element) => {
      const caption = element.caption?.textContent.trim() ?? null;
      const detected = detectTables(tableToGrid(element, caption ?? "table"))[0];
      return {
        element,
        info: {
          selector: cssPathOf(element),
          caption: caption ?? detected?.title ?? null,
          indicatorIds: detected?.indicators.map((i) => i.id) ?? [],
          years: detected?.periods.years ?? [],
          breakdowns: detected?.dimensions.map((d) => d.kind) ?? [],
        },
      };
    });
}
