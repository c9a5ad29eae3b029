/**
 * The user's verdict on each found table, and the source records the accepted ones become
 * (through core's scan import, so the task pane and `gapmap scan` agree on what a record is).
 */
import {
  INVENTORY_SCHEMA_VERSION,
  recordsFromScan,
  type Catalogue,
  type Inventory,
  type SourceRecord,
  type SourceType,
} from "@gapmap/core";
import type { FoundTable } from "./found-table";

export type AccessLevel = SourceRecord["access"];
export type ReviewStatus = "pending" | "accepted" | "rejected";

export type GuessedField = "producer" | "access" | "concept";

export interface TableReview {
  status: ReviewStatus;
  /** Catalogue indicator IDs, best first; prefilled from the scan, re-mapped by the user. */
  indicators: string[];
  producer: string;
  access: AccessLevel;
  /** Catalogue concept ID, or "" when the definition is not stated. */
  concept: string;
  /** Fields Gapmap prefilled and the user has not confirmed (by editing or accepting) yet. */
  guessed?: readonly GuessedField[];
}

/** Guesses below this are not prefilled: the user picks the indicator instead. */
export const MIN_PREFILL_SCORE = 0.5;

/**
 * Who usually makes the data, and how open it is, by kind of source: a first guess for the user to
 * confirm. Registers and administrative files are usually shared on request; surveys, censuses,
 * estimates and international series are usually published.
 */
const ACCESS_BY_CATEGORY: Readonly<Record<SourceType["category"], AccessLevel>> = {
  "census-survey": "public",
  administrative: "on-request",
  international: "public",
  estimate: "public",
  policy: "public",
};

/** Producer, access and definition as the catalogue suggests them for an indicator. */
export function guessedDetails(
  catalogue: Catalogue,
  indicatorId: string | undefined,
): Pick<TableReview, "producer" | "access" | "concept" | "guessed"> {
  const indicator = catalogue.indicators.find((i) => i.id === indicatorId);
  const sourceType = catalogue.sourceTypes.find((s) => s.id === indicator?.sourceTypes[0]);
  const concept = indicator?.concepts[0] ?? "";
  const guessed: GuessedField[] = [];
  if (sourceType) guessed.push("producer", "access");
  if (concept !== "") guessed.push("concept");
  return {
    producer: sourceType?.producer ?? "",
    access: sourceType ? ACCESS_BY_CATEGORY[sourceType.category] : "public",
    concept,
    guessed,
  };
}

/** The indicator guesses above the prefill bar, best first. */
export function likelyIndicators(found: FoundTable, catalogue: Catalogue): string[] {
  // A derived block restates the table above it: nothing to prefill, bulk accept skips it.
  if (found.table.detail?.derivedOf !== undefined) return [];
  return [...found.table.indicators]
    .filter((i) => i.score >= MIN_PREFILL_SCORE)
    .sort((a, b) => b.score - a.score)
    .map((i) => i.id)
    .filter((id) => catalogue.indicators.some((i) => i.id === id));
}

/**
 * Producer, access and definition guessed for a table and one of its indicators: the file's own
 * Company property names the producer better than the catalogue's kind of source does.
 */
export function tableDetails(
  found: FoundTable,
  catalogue: Catalogue,
  indicatorId: string | undefined,
): Pick<TableReview, "producer" | "access" | "concept" | "guessed"> {
  const details = guessedDetails(catalogue, indicatorId);
  const producer = found.fileProducer;
  if (producer === undefined) return details;
  const guessed = new Set<GuessedField>([...(details.guessed ?? []), "producer"]);
  return { ...details, producer, guessed: [...guessed] };
}

export function initialReview(found: FoundTable, catalogue: Catalogue): TableReview {
  const best = likelyIndicators(found, catalogue)[0];
  return {
    status: "pending",
    indicators: best === undefined ? [] : [best],
    ...tableDetails(found, catalogue, best),
  };
}

/** Accepting confirms what was guessed. */
export function decide(review: TableReview, status: ReviewStatus): TableReview {
  return { ...review, status, guessed: status === "accepted" ? [] : (review.guessed ?? []) };
}

/** An edited field is the user's, no longer a guess. */
export function edit(review: TableReview, patch: Partial<Pick<TableReview, GuessedField>>) {
  const edited = new Set(Object.keys(patch));
  return {
    ...review,
    ...patch,
    guessed: (review.guessed ?? []).filter((field) => !edited.has(field)),
  };
}

/** Accepted tables with an indicator, as inventory records (throws InventoryImportError). */
export function acceptedRecords(
  fileName: string,
  found: readonly FoundTable[],
  reviews: ReadonlyMap<string, TableReview>,
): SourceRecord[] {
  const records: SourceRecord[] = [];
  for (const item of found) {
    const review = reviews.get(item.key);
    if (review?.status !== "accepted" || review.indicators.length === 0) continue;
    const table = { ...item.table, indicators: review.indicators.map((id) => ({ id, score: 1 })) };
    const scan = {
      files: [{ file: fileName, ok: true, sheets: [{ name: item.sheet, tables: [table] }] }],
    };
    const producer = review.producer.trim();
    for (const record of recordsFromScan(scan, {
      // A derived block someone accepted with an indicator is their choice to record.
      keepDerived: true,
      access: review.access,
      ...(producer === "" ? {} : { producer }),
    })) {
      records.push(
        review.concept === "" ? record : { ...record, definition: { concept: review.concept } },
      );
    }
  }
  return records;
}

export function inventoryOf(records: SourceRecord[], owner?: string): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    ...(owner === undefined ? {} : { owner }),
    records,
  };
}
