/**
 * Pairs the expected and detected tables of one sheet by how much their ranges overlap
 * (intersection over union), best overlap first, one to one.
 */
import { rangeFromA1 } from "@gapmap/core";

/** Intersection over union two ranges need to be the same table (ranges are approximate). */
export const MIN_PAIR_OVERLAP = 0.3;
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(a1: string): Box | undefined {
  const r = rangeFromA1(a1);
  if (!r) return undefined;
  return {
    top: Math.min(r.s.r, r.e.r),
    bottom: Math.max(r.s.r, r.e.r),
    left: Math.min(r.s.c, r.e.c),
    right: Math.max(r.s.c, r.e.c),
  };
}

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function intersection(a: Box, b: Box): number {
  const rows = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const cols = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

/** Intersection over union of two A1 ranges (0 when either does not parse). */
export function rangeOverlap(a1: string, b1: string): number {
  const a = boxOf(a1);
  const b = boxOf(b1);
  if (!a || !b) return 0;
  const shared = intersection(a, b);
  return shared === 0 ? 0 : shared / (area(a) + area(b) - shared);
}

export interface Pairing<E, D> {
  pairs: { expected: E; detected: D; overlap: number }[];
  missed: E[];
  extra: D[];
}

/**
 * One-to-one pairs, chosen best overlap first and listed in expected order; a pair needs at
 * least `minOverlap`.
 */
export function pairTables<E extends { range: string }, D extends { range: string }>(
  expected: readonly E[],
  detected: readonly D[],
  minOverlap = MIN_PAIR_OVERLAP,
): Pairing<E, D> {
  const candidates: { e: number; d: number; overlap: number }[] = [];
  expected.forEach((e, ei) => {
    detected.forEach((d, di) => {
      const overlap = rangeOverlap(e.range, d.range);
      if (overlap >= minOverlap) candidates.push({ e: ei, d: di, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.e - b.e || a.d - b.d);
  const usedE = new Set<number>();
  const usedD = new Set<number>();
  const chosen: { e: number; d: number; overlap: number }[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedD.has(c.d)) continue;
    usedE.add(c.e);
    usedD.add(c.d);
    chosen.push(c);
  }
  const pairs = chosen
    .sort((a, b) => a.e - b.e)
    .flatMap((c) => {
      const e = expected[c.e];
      const d = detected[c.d];
      return e === undefined || d === undefined
        ? []
        : [{ expected: e, detected: d, overlap: c.overlap }];
    });
  return {
    pairs,
    missed: expected.filter((_, i) => !usedE.has(i)),
    extra: detected.filter((_, i) => !usedD.has(i)),
  };
}
