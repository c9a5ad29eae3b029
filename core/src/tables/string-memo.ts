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
