/**
 * What a detected table holds, read back from its grid for the content guess (content-guess.ts):
 * its names (file, sheet, title), its headers (a label column's header is a breakdown's, the
 * others name values), the values of its few-valued label columns, its breakdowns, and how many
 * of its numbers are negative. Read only for tables nothing else named, so the cost is theirs.
 */
import { rangeFromA1 } from "../grid/address";
import type { Grid } from "../grid/grid";
import { fileNameEvidence, MAX_CONSTANT_LABEL_VALUES } from "./detect-tables";
import type { TableContent } from "./content-guess";
import type { EvidenceWhere } from "./label-phrases";
import type { DetectedTable } from "./schema";

/** Column index of a column's letters ("A" → 0, "AB" → 27). */
export function columnIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

const textOf = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

export function tableContent(grid: Grid, table: DetectedTable, fileName?: string): TableContent {
  const names: { where: EvidenceWhere; text: string }[] = [];
  const file = fileNameEvidence(fileName, grid.name);
  if (file !== null) names.push({ where: "file", text: file });
  names.push({ where: "sheet", text: grid.name });
  if (table.title !== null) names.push({ where: "title", text: table.title });
  const range = rangeFromA1(table.range);
  const labelValues: string[] = [];
  let numbers = 0;
  let negatives = 0;
  if (range) {
    const labels = new Set(table.labelColumns.map(columnIndex));
    const headerRows = new Set(table.headerRows.map((r) => r - 1));
    for (let c = range.s.c; c <= range.e.c; c++) {
      const header = [...headerRows]
        .map((r) => textOf(grid.rows[r]?.[c]))
        .filter((t) => t !== "")
        .join(" ");
      if (header !== "") names.push({ where: labels.has(c) ? "labels" : "header", text: header });
      const distinct = new Set<string>();
      for (let r = range.s.r; r <= range.e.r; r++) {
        if (headerRows.has(r)) continue;
        const v = grid.rows[r]?.[c];
        if (typeof v === "number") {
          numbers++;
          if (v < 0) negatives++;
        } else if (labels.has(c) && distinct.size <= MAX_CONSTANT_LABEL_VALUES) {
          const t = textOf(v);
          if (t !== "") distinct.add(t);
        }
      }
      if (distinct.size <= MAX_CONSTANT_LABEL_VALUES) labelValues.push(...distinct);
    }
  }
  return { names, labelValues, dimensions: table.dimensions, numbers, negatives };
}
