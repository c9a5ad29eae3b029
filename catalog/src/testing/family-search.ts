/**
 * Search for the per-family catalogue tests. A family's real headers and titles are asked of
 * the whole bundled catalogue, as the tagger and the CLI ask them, so an entry must beat the
 * words of every other family, not only those of its own neighbours.
 */
import { searchCatalogue, type SearchHit } from "@gapmap/core";
import { expect } from "vitest";
import { getCatalogueIndex } from "../bundled/bundled-catalogue";

/** The `limit` best hits for `query`, best first. */
export function topHits(query: string, limit = 1): SearchHit[] {
  return searchCatalogue(getCatalogueIndex(), query, { limit });
}

/** The IDs of the `limit` best hits, best first. */
export function topIds(query: string, limit = 1): string[] {
  return topHits(query, limit).map((h) => h.id);
}

/** Asserts that `query` finds `expected` first. */
export function expectTopHit(query: string, expected: string): void {
  expect(topIds(query), query).toEqual([expected]);
}

/**
 * Asserts that `query` finds exactly `expected` (in any order) as its best hits, none of them
 * decisively: the words are shared on purpose, and the reader's context must settle them.
 */
export function expectUndecided(query: string, expected: readonly string[]): void {
  const hits = topHits(query, expected.length);
  expect(hits.map((h) => h.id).sort(), query).toEqual([...expected].sort());
  expect(
    hits.filter((h) => h.score >= 1).map((h) => h.id),
    `${query}: decisive hits`,
  ).toEqual([]);
}
