/** A1-style addresses for zero-based cell coordinates. */
import type { CellAddress, CellRange } from "./grid";

/** Column index to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(c: number): string {
  let n = c + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function toA1(cell: CellAddress): string {
  return `${columnLetters(cell.c)}${cell.r + 1}`;
}

export function rangeToA1(range: CellRange): string {
  return `${toA1(range.s)}:${toA1(range.e)}`;
}

const A1_RE = /^([A-Z]{1,3})([1-9][0-9]*)$/;

/** Parses "B7" to {r: 6, c: 1}; undefined when malformed. */
export function fromA1(a1: string): CellAddress | undefined {
  const m = A1_RE.exec(a1.trim().toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** Parses "A5:F40" (or a single cell) to a range; undefined when malformed. */
export function rangeFromA1(a1: string): CellRange | undefined {
  const [start, end = start] = a1.split(":");
  const s = start === undefined ? undefined : fromA1(start);
  const e = end === undefined ? undefined : fromA1(end);
  return s && e ? { s, e } : undefined;
}
