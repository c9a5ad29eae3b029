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
} from "@gapmap/core";
import type { FoundTable } from "./scan-sheets";

export type AccessLevel = SourceRecord["access"];
export type ReviewStatus = "pending" | "accepted" | "rejected";

export interface TableReview {
  status: ReviewStatus;
  /** Catalogue indicator IDs, best first; prefilled from the scan, re-mapped by the user. */
  indicators: string[];
  producer: string;
  access: AccessLevel;
  /** Catalogue concept ID, or "" when the definition is not stated. */
  concept: string;
}

/** Guesses below this are not prefilled: the user picks the indicator instead. */
export const MIN_PREFILL_SCORE = 0.5;

export function initialReview(found: FoundTable, catalogue: Catalogue): TableReview {
  const best = [...found.table.indicators]
    .filter((i) => i.score >= MIN_PREFILL_SCORE)
    .sort((a, b) => b.score - a.score)[0];
  const indicator = catalogue.indicators.find((i) => i.id === best?.id);
  return {
    status: "pending",
    indicators: indicator ? [indicator.id] : [],
    producer: "",
    access: "public",
    concept: indicator?.concepts[0] ?? "",
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
