/**
 * "Foreign" words that mean "abroad" in a set phrase name a place, not foreign citizens:
 * "llegadas del extranjero", "consulta en el extranjero", "vivre à l'étranger", "из-за рубежа",
 * "din străinătate", "из иностранства", "من الخارج". The word alone after such a preposition is
 * no mention; a longer catalogue phrase that holds it ("salidas al extranjero") was matched as a
 * whole before and is kept.
 */
import { normalizeText } from "../text/normalize";
import type { Mention } from "./mention";

/** The words (normalised) that mean "abroad" after a preposition. */
const ABROAD_WORDS = new Set([
  "extranjero",
  "etranger",
  "strainatate",
  "inostranstvo",
  "inostranstvu",
  "inostranstva",
  "иностранство",
  "иностранству",
  "иностранства",
  "рубежом",
  "рубежа",
  "рубеж",
  "الخارج",
]);

/** Prepositions (with article) that make the words above an adverb of place, normalised. */
const ABROAD_PREPOSITIONS =
  /(?:^|\s)(?:del|al|en el|desde el|hacia el|para el|a l|de l|a|de|din|in|în|u|iz|из за|за|из|من|في|إلى|الى)\s*$/u;

/** How many characters before the mention can hold the preposition. */
const BEFORE_CHARS = 16;

/** The same words as written (lower case, with their accents): a cheap first test per mention. */
const WRITTEN = new Set([...ABROAD_WORDS, "étranger", "străinătate", "străinătate", "strãinãtate"]);

export function isAbroadIdiom(text: string, m: Mention): boolean {
  if (!WRITTEN.has(m.text.toLowerCase())) return false;
  const before = normalizeText(text.slice(Math.max(0, m.start - BEFORE_CHARS), m.start));
  return ABROAD_PREPOSITIONS.test(before);
}
