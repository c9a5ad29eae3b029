/**
 * The bundled catalogue's stem map (`TermIndex.stems`: "lang:stem" → the catalogue words with
 * that stem), stored beside its precomputed phrases. Built from the phrases it was a ~13 ms
 * piece of a page's first pass (before the JIT warms up; > 50 ms at 4× CPU throttling); read
 * back from JSON it takes a third of that. The staleness test of the generated file keeps it in
 * step, and a malformed or missing map is built from the phrases as before.
 */

/** One stem and its words, in the map's order: [key, ...words]. */
export type StemRow = [key: string, ...words: string[]];

/** The map as rows, ready to store. */
export function encodeStemRows(stems: ReadonlyMap<string, ReadonlySet<string>>): StemRow[] {
  return [...stems].map(([key, words]) => [key, ...words]);
}

/** The rows as JSON, one stem a line, so that a catalogue edit shows as a small diff. */
export function stemRowsToJson(rows: readonly StemRow[]): string {
  return `[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]`;
}

// Runs once per process, before the JIT has warmed up: indexed loops, no iterator protocol.

/** The stored map, or undefined when `json` is missing or malformed (callers build it). */
export function stemsFromJson(json: string | undefined): Map<string, Set<string>> | undefined {
  if (json === undefined) return undefined;
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows)) return undefined;
  const stems = new Map<string, Set<string>>();
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length < 2) return undefined;
    const key: unknown = row[0];
    if (typeof key !== "string" || stems.has(key)) return undefined;
    const words = new Set<string>();
    for (let w = 1; w < row.length; w++) {
      const word: unknown = row[w];
      if (typeof word !== "string") return undefined;
      words.add(word);
    }
    stems.set(key, words);
  }
  return stems;
}
