/**
 * The catalogue's texts cut into the pieces the content script's data files deliver
 * (catalogue-parts.ts): the precomputed phrases' version, rows and stems, then the authored data
 * as JSON, joined by TEXT_SEPARATOR and cut into `count` pieces of about equal length. Used by the
 * build (scripts/content-script/) and tests, never by an injected file: it imports the data.
 */
import { CATALOGUE_DATA_JSON } from "@gapmap/catalog/data-json";
import { CATALOGUE_PHRASES, CATALOGUE_STEMS } from "@gapmap/catalog/phrases";
import { TEXT_SEPARATOR } from "./catalogue-parts";

/** Whether a cut before position `at` would split a surrogate pair. */
const splitsPair = (text: string, at: number) => {
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
};

export function cataloguePieces(count: number): string[] {
  const texts = [
    CATALOGUE_PHRASES.catalogueVersion,
    CATALOGUE_PHRASES.json,
    CATALOGUE_STEMS,
    CATALOGUE_DATA_JSON,
  ];
  if (texts.some((text) => text.includes(TEXT_SEPARATOR))) {
    throw new Error("a catalogue text holds the separator of the delivered texts (NUL)");
  }
  const joined = texts.join(TEXT_SEPARATOR);
  const pieces: string[] = [];
  let from = 0;
  for (let i = 1; i <= count; i++) {
    let to = Math.round((joined.length * i) / count);
    if (to < joined.length && splitsPair(joined, to)) to++;
    pieces.push(joined.slice(from, to));
    from = to;
  }
  return pieces;
}
