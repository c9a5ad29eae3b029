/**
 * Memoises a pure function of one string. Sheets repeat the same labels in every row block and
 * on every sheet (country lists, "Total", "Males"), so each distinct text is worked out once.
 * The cache is bounded: when full it starts afresh rather than growing with a huge workbook.
 */

/** Distinct strings a memo keeps before it starts afresh. */
export const MAX_MEMO_ENTRIES = 50_000;

export function memoizeByString<T>(
  compute: (text: string) => T,
  maxEntries = MAX_MEMO_ENTRIES,
): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = compute(text);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/**
 * One value per pair of objects (a term index and a word resolver), made on first use and kept
 * while both live.
 */
export function memoizeByPair<A extends object, B extends object, T>(
  make: (a: A, b: B) => T,
): (a: A, b: B) => T {
  const byFirst = new WeakMap<A, WeakMap<B, T>>();
  return (a, b) => {
    let bySecond = byFirst.get(a);
    if (!bySecond) {
      bySecond = new WeakMap();
      byFirst.set(a, bySecond);
    }
    let value = bySecond.get(b);
    if (value === undefined) {
      value = make(a, b);
      bySecond.set(b, value);
    }
    return value;
  };
}
