/**
 * Guesses a CSV's delimiter from how consistently each candidate splits the first records.
 * Files may open with blank lines or "Key:,value" metadata, so we look for the field count most
 * records agree on rather than trusting the first line.
 */

export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Enough records to see past a metadata block, few enough to stay fast on huge files. */
const SAMPLE_RECORDS = 200;
const SAMPLE_CHARS = 256 * 1024;
/**
 * On a tie, prefer the delimiter least likely to occur inside values: a semicolon file whose
 * every value has a decimal comma splits as consistently on "," as on ";".
 */
const TIE_PREFERENCE: readonly CsvDelimiter[] = ["\t", ";", ",", "|"];

/** Per record, how many times each delimiter occurs outside quotes. */
function countDelimiters(text: string): Map<CsvDelimiter, number[]> {
  const counts = new Map<CsvDelimiter, number[]>(CSV_DELIMITERS.map((d) => [d, []]));
  const current = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let recordHasContent = false;
  let records = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  const flush = () => {
    if (recordHasContent) {
      for (const d of CSV_DELIMITERS) counts.get(d)?.push(current.get(d) ?? 0);
      records++;
    }
    for (const d of CSV_DELIMITERS) current.set(d, 0);
    recordHasContent = false;
  };
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (inQuotes) {
      recordHasContent = true;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      flush();
      continue;
    }
    if (ch !== " ") recordHasContent = true;
    const count = current.get(ch as CsvDelimiter);
    if (count !== undefined) current.set(ch as CsvDelimiter, count + 1);
  }
  if (records < SAMPLE_RECORDS) flush();
  return counts;
}

/** How many records agree on the most common non-zero delimiter count. */
function agreement(perRecord: readonly number[]): number {
  const frequency = new Map<number, number>();
  let best = 0;
  for (const n of perRecord) {
    if (n === 0) continue;
    const f = (frequency.get(n) ?? 0) + 1;
    frequency.set(n, f);
    best = Math.max(best, f);
  }
  return best;
}

/** The delimiter, or undefined when no candidate splits any record (a one-column file or prose). */
export function sniffDelimiter(text: string): CsvDelimiter | undefined {
  const counts = countDelimiters(text);
  let chosen: CsvDelimiter | undefined;
  let bestScore = 0;
  for (const d of TIE_PREFERENCE) {
    const score = agreement(counts.get(d) ?? []);
    if (score > bestScore) {
      bestScore = score;
      chosen = d;
    }
  }
  return chosen;
}

/**
 * Share of sampled non-blank records that agree on the delimiter's most common field count
 * (0 when fewer than two records): prose with the odd comma scores low, a table scores near 1.
 */
export function delimiterConsistency(text: string, delimiter: CsvDelimiter): number {
  const perRecord = countDelimiters(text).get(delimiter) ?? [];
  if (perRecord.length < 2) return 0;
  return agreement(perRecord) / perRecord.length;
}
