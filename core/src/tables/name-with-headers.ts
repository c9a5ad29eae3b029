/**
 * A table whose labels name nothing on their own may still say what it counts across two of
 * them: the file or sheet name gives the topic and the value headers the measure
 * ("industry_migration_public" with "net_per_10K_2015" is net migration). Detection tries these
 * pairs only when no single label named an indicator, so a table that names itself is never
 * second-guessed, and a pair counts only through a catalogue phrase that needs words of both.
 */
import { contentWords } from "../search/term-index";
import type { LabelSource } from "./match-indicators";

/** Distinct value headers paired with each table name: their first few are enough. */
export const MAX_PAIRED_HEADERS = 4;
/** Where a table's own name is written. */
const NAME_PLACES: ReadonlySet<LabelSource["where"]> = new Set(["title", "sheet", "file"]);

const isNumber = (w: string) => /^\p{N}+$/u.test(w);

/** The words of a header that are not years or other bare numbers ("net per 10k"). */
function headerKey(header: string): string {
  return contentWords(header)
    .filter((w) => !isNumber(w))
    .join(" ");
}

/**
 * The table's names each joined with each of its first distinct value headers, as labels found
 * where the name was. `sources` are the table's labels (title, sheet, file among them).
 */
export function namesWithHeaders(
  sources: readonly LabelSource[],
  valueHeaders: readonly string[],
): LabelSource[] {
  const headers: string[] = [];
  const keys = new Set<string>();
  for (const h of valueHeaders) {
    const key = headerKey(h);
    if (key === "" || keys.has(key)) continue;
    keys.add(key);
    headers.push(h);
    if (headers.length === MAX_PAIRED_HEADERS) break;
  }
  const out: LabelSource[] = [];
  for (const name of sources) {
    if (!NAME_PLACES.has(name.where)) continue;
    for (const h of headers) out.push({ where: name.where, text: `${name.text} · ${h}` });
  }
  return out;
}
