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
      // "Diferencias" between two editions of an estimate, year by year (INE–Sermig's annexes).
      "difference~",
      "diferencia~",
      "diferent~",
      "разниц~",
      "разност~",
      "razlik~",
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
      // "2018 | Total | Porcentaje": each count's share of the column total beside it.
      "porcentaje",
      "pourcentage",
      "percentage",
      "procentaj~",
      "процент",
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
 * Value columns a block may have more or fewer than its parent: changes between years have one
 * fewer ("2014–15" under "2014 | 2015 | 2016"), a distribution may drop the total or add one.
 */
export const MAX_DERIVED_COLUMN_DIFFERENCE = 1;

/**
 * Links a block to the table above it on the same sheet that it derives from: the nearest one
 * that is not derived itself and has as many value columns, else the nearest with one more or
 * one fewer. Returns whether it found one.
 */
export function linkDerivedBlock(
  block: StackedTable,
  earlier: readonly StackedTable[],
  kind: DerivedKind,
  label: string,
): boolean {
  const candidates = earlier.filter((t) => !t.derivedOf);
  const distance = (t: StackedTable) => Math.abs(t.valueColumnCount - block.valueColumnCount);
  const parent =
    candidates.findLast((t) => distance(t) === 0) ??
    candidates.findLast((t) => distance(t) <= MAX_DERIVED_COLUMN_DIFFERENCE);
  if (parent === undefined) return false;
  block.derivedOf = { range: parent.range, kind, label };
  (parent.derived ??= []).push({ range: block.range, kind, label });
  return true;
}

const DERIVED_START_PATTERNS: readonly (readonly [DerivedKind, RegExp])[] = PATTERNS.map(
  ([kind]) => [
    kind,
    wordPattern(
      kind === "change"
        ? [
            "(?:percentage |percent |annual |relative )?change~",
            "variation~",
            "variacion~",
            "изменени~",
            "прирост~",
          ]
        : [
            "(?:percentage )?distribution~",
            "repartition~",
            "distribucion~",
            "структура",
            "распределени~",
          ],
      { atStart: true },
    ),
  ],
);

/**
 * What a long title says a block derives, only when it starts so: "Percentage change in
 * asylum applications by region, 2014–2015" (not "Refugees, change over a decade" as a name).
 */
export function derivedKindOfTitle(title: string): DerivedKind | undefined {
  const norm = normalizeText(title);
  return DERIVED_START_PATTERNS.find(([, re]) => re.test(norm))?.[0];
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
    const kind = derivedHeaderKind(h.label);
    if (kind !== undefined) found.push({ range: h.range, kind, label: h.label });
  }
  return found.length < headers.length ? found : [];
}

/** What a column header says it derives: a short label that says so, or a long one that starts so. */
export function derivedHeaderKind(label: string): DerivedKind | undefined {
  return label.length <= MAX_DERIVED_HEADER_CHARS
    ? derivedKindOf(label)
    : derivedKindOfTitle(label);
}
