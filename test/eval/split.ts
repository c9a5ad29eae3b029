/**
 * The tune/test split of the evaluation corpus: by file, from a seeded hash of the file's id
 * (FNV-1a, then MurmurHash3's finaliser), so a file's side never depends on which other files
 * exist (adding files moves none). Translations of one page (ids that differ only by a language
 * suffix, "…-2015-ar" / "…-2015-ru") share a side: the same chart in two languages on both sides
 * would let tuning on one leak into the judging of the other. About a third of the files fall in
 * "test"; nobody tunes the engine on those.
 */

/** The documented seed (also recorded in corpus/manifest.json). Never change it after tuning. */
export const SPLIT_SEED = "gapmap-issue-10-2026-12-06";
export type Split = "tune" | "test";
export const TEST_SHARE = 1 / 3;

/** FNV-1a, 32 bits, over the UTF-16 code units of the text: small, fast and stable. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads FNV's low-bit differences over all bits. */
export function fmix32(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** A number in [0, 1) from the seed and the id. */
export function splitPoint(id: string, seed: string = SPLIT_SEED): number {
  return fmix32(fnv1a32(`${seed}\u0000${id}`)) / 2 ** 32;
}

/** A language suffix on an id: translations of one page carry the same id but for it. */
const LANGUAGE_SUFFIX = /-(?:en|fr|es|ru|ro|sr|ar)$/;

/** What the split hashes: the id without a language suffix, so translations stay together. */
export function splitKey(id: string): string {
  return id.replace(LANGUAGE_SUFFIX, "");
}

export function splitOf(id: string, seed: string = SPLIT_SEED): Split {
  return splitPoint(splitKey(id), seed) < TEST_SHARE ? "test" : "tune";
}
