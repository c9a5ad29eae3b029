/**
 * Derived blocks: a "Change (%)", "annual change" or "distribution by category" block stacked
 * under the table it is computed from. It restates that table, so it becomes a fact of it (the
 * parent lists it; the block names its parent) instead of a table of its own to record.
 */
import { normalizeText } from "../text/normalize";
import type { DerivedKind } from "./schema";
import { wordPattern } from "./word-pattern";

const PATTERNS: readonly (readonly [DerivedKind, RegExp])[] = [
  [
    "change",
    wordPattern([
      "change~",
      "annual change",
      "growth rate",
      "variation~",
      "evolution",
      "variacion~",
      "cambio~",
      "изменени~",
      "прирост~",
      "modificare~",
      "variati~",
      "promen~",
      "التغير~",
    ]),
  ],
  [
    "distribution",
    wordPattern([
      "distribution~",
      "percentage distribution",
      "share~",
      "repartition~",
      "distribucion~",
      "структура",
      "распределени~",
      "distributi~",
      "struktura",
      "raspodel~",
      "التوزيع",
    ]),
  ],
];

/** What a section label or title says a block derives ("Change (%)" → change), if anything. */
export function derivedKindOf(label: string): DerivedKind | undefined {
  const norm = normalizeText(label);
  if (norm === "") return undefined;
  return PATTERNS.find(([, re]) => re.test(norm))?.[0];
}

/** The part of a detected table this step reads and writes. */
interface StackedTable {
  range: string;
  valueColumnCount: number;
  derivedOf?: { range: string; kind: DerivedKind; label: string } | undefined;
  derived?: { range: string; kind: DerivedKind; label: string }[] | undefined;
}

/**
 * Links a block to the table above it on the same sheet that it derives from: the nearest one
 * that is not derived itself and has as many value columns. Returns whether it found one.
 */
export function linkDerivedBlock(
  block: StackedTable,
  earlier: readonly StackedTable[],
  kind: DerivedKind,
  label: string,
): boolean {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const parent = earlier[i];
    if (!parent || parent.derivedOf || parent.valueColumnCount !== block.valueColumnCount) continue;
    block.derivedOf = { range: parent.range, kind, label };
    (parent.derived ??= []).push({ range: block.range, kind, label });
    return true;
  }
  return false;
}

/** A header this long is an indicator's name, not a derived column's label ("Change (%)"). */
export const MAX_DERIVED_HEADER_CHARS = 30;

/**
 * Value columns that restate the table's other columns as changes or shares ("Change (%)",
 * "% change", "Distribution (%)" beside the counts): facts of the table, like stacked blocks.
 * None when every value column would be one (the table itself is the change).
 */
export function derivedColumns(
  headers: readonly { range: string; label: string }[],
): { range: string; kind: DerivedKind; label: string }[] {
  const found: { range: string; kind: DerivedKind; label: string }[] = [];
  for (const h of headers) {
    if (h.label.length > MAX_DERIVED_HEADER_CHARS) continue;
    const kind = derivedKindOf(h.label);
    if (kind !== undefined) found.push({ range: h.range, kind, label: h.label });
  }
  return found.length < headers.length ? found : [];
}
