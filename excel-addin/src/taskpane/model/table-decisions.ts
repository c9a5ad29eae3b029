/**
 * The user's verdicts on tables as saved state (Confirmation) and back: what a re-scan uses to
 * remember accepts, rejects and re-mappings. Tables are matched by sheet + range, and an accepted
 * table whose range moved is matched by where its named range (tag) now points.
 */
import type { Catalogue } from "@gapmap/core";
import type { Confirmation, TableTag, TagChanges, TagLocation } from "../../office/index";
import { initialReview, type TableReview } from "./review";
import type { FoundTable } from "./found-table";

/** Longest indicator part of a tag id, leaving room for "_" + hash within the 60-character cap. */
const MAX_TAG_INDICATOR_CHARS = 40;

/** FNV-1a, base 36: short, stable across sessions and machines. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** "stock_total_1x9k2a": the catalogue ID (readable in Name Manager) plus the table's place. */
export function tagIdFor(sheet: string, range: string, indicator: string | undefined): string {
  const readable = (indicator ?? "table").replaceAll("-", "_").slice(0, MAX_TAG_INDICATOR_CHARS);
  return `${readable}_${shortHash(`${sheet}!${range}`)}`;
}

function sameReview(a: TableReview, b: TableReview): boolean {
  return (
    a.status === b.status &&
    a.producer === b.producer &&
    a.access === b.access &&
    a.concept === b.concept &&
    a.indicators.join(" ") === b.indicators.join(" ")
  );
}

/**
 * Saved verdicts for every table the user touched; `carried` are earlier verdicts for tables this
 * scan did not find, kept so that they come back if the table does. `earlier` keeps decidedAt
 * stable for verdicts that did not change, so saving twice writes the same state.
 */
export function confirmationsOf(
  found: readonly FoundTable[],
  reviews: ReadonlyMap<string, TableReview>,
  catalogue: Catalogue,
  options: {
    carried: readonly Confirmation[];
    earlier: ReadonlyMap<string, Confirmation>;
    now: string;
  },
): Confirmation[] {
  const touched: Confirmation[] = [];
  for (const item of found) {
    const review = reviews.get(item.key);
    if (review === undefined || sameReview(review, initialReview(item, catalogue))) continue;
    const next: Confirmation = {
      id: tagIdFor(item.sheet, item.table.range, review.indicators[0]),
      sheet: item.sheet,
      address: item.table.range,
      status: review.status,
      indicatorIds: review.indicators,
      producer: review.producer,
      access: review.access,
      concept: review.concept,
      decidedAt: options.now,
    };
    const before = options.earlier.get(item.key);
    const unchanged = before !== undefined && sameReview(reviewOf(before), review);
    touched.push(unchanged ? { ...next, decidedAt: before.decidedAt } : next);
  }
  return [...touched, ...options.carried];
}

export function reviewOf(confirmation: Confirmation): TableReview {
  return {
    status: confirmation.status,
    indicators: confirmation.indicatorIds,
    producer: confirmation.producer,
    access: confirmation.access,
    concept: confirmation.concept,
  };
}

export interface RestoredReviews {
  reviews: Map<string, TableReview>;
  /** The saved verdict each found table got, by table key. */
  matched: Map<string, Confirmation>;
  /** Saved verdicts no found table matched. */
  unmatched: Confirmation[];
}

/** Applies saved verdicts to a fresh scan; `located` is where each tag points now (Office). */
export function restoreReviews(
  found: readonly FoundTable[],
  catalogue: Catalogue,
  saved: readonly Confirmation[],
  located: ReadonlyMap<string, TagLocation>,
): RestoredReviews {
  const byPlace = new Map(found.map((f) => [`${f.sheet}!${f.table.range}`, f]));
  const reviews = new Map(found.map((f) => [f.key, initialReview(f, catalogue)]));
  const matched = new Map<string, Confirmation>();
  const unmatched: Confirmation[] = [];
  for (const confirmation of saved) {
    const moved = located.get(confirmation.id);
    const table =
      byPlace.get(`${confirmation.sheet}!${confirmation.address}`) ??
      (moved && byPlace.get(`${moved.sheet}!${moved.address}`));
    if (table === undefined || matched.has(table.key)) {
      unmatched.push(confirmation);
      continue;
    }
    matched.set(table.key, confirmation);
    reviews.set(table.key, reviewOf(confirmation));
  }
  return { reviews, matched, unmatched };
}

function tagOf(confirmation: Confirmation): TableTag {
  return {
    id: confirmation.id,
    sheet: confirmation.sheet,
    address: confirmation.address,
    indicatorIds: confirmation.indicatorIds,
  };
}

const isTagged = (c: Confirmation) => c.status === "accepted" && c.indicatorIds.length > 0;

/** Tags to add for newly accepted (or moved, or re-mapped) tables and to drop for the rest. */
export function tagChangesBetween(
  before: readonly Confirmation[],
  after: readonly Confirmation[],
): TagChanges {
  const wanted = after.filter(isTagged);
  const had = new Map(before.filter(isTagged).map((c) => [c.id, c]));
  const wantedIds = new Set(wanted.map((c) => c.id));
  return {
    add: wanted
      .filter((c) => {
        const earlier = had.get(c.id);
        return (
          earlier === undefined ||
          earlier.sheet !== c.sheet ||
          earlier.address !== c.address ||
          earlier.indicatorIds.join(" ") !== c.indicatorIds.join(" ")
        );
      })
      .map(tagOf),
    remove: [...had.keys()].filter((id) => !wantedIds.has(id)),
  };
}
