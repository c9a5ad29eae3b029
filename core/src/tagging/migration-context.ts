/**
 * A catalogue word that is no migration word by itself names a migration indicator only beside
 * one. Tables use words like "Rejected", "Removals", "Inflow", «devoluciones», «الابعاد» as
 * column headers under a migration title; in prose the same words (and the verbs the stemmer
 * joins to them: "reject", "Remove ads", "removing a requirement") are about anything. So a
 * one-word mention whose word is not a migration anchor (migration-anchor.ts: migrant, asylum,
 * refugee, visas, deportations, «прибывшие» …) counts only when its sentence holds an anchor,
 * or a border word ("apprehensions at the border").
 */
import { isAnchorWord, isOtherDomainWord } from "../tables/migration-anchor";
import { stemKeySet } from "../tables/stem-key-set";
import { normalizeText } from "../text/normalize";
import { liAlArticleForm } from "./arabic-li-al";
import type { Mention } from "./mention";

/** Border words: irregular crossings and apprehensions are told by the border, not the people. */
const borderWords = stemKeySet(`border borders frontera fronteras frontiere frontieres granita
  granite граница границы границе границу granica granice granici граница границе الحدود الحدودية`);

/**
 * Words the anchor test accepts by stem or by a table's sense that prose uses for anything:
 * "National Assembly", "foreign minister", "senior citizens", "returned home".
 */
const LOOSE_IN_PROSE = new Set(
  normalizeText(`national nationals nation nations nationale nationales nacional nacionales
    nazionale foreign citizen citizens return returns returned returning retour retours retorno
    regreso`).split(/\s+/u),
);

/** An anchor word, also behind Arabic «لل» ("for the": «للاجئين» is «اللاجئين»). */
function isAnchor(w: string): boolean {
  const articleForm = liAlArticleForm(w);
  return isAnchorWord(w) || (articleForm !== undefined && isAnchorWord(articleForm));
}

const isProseAnchor = (w: string): boolean => isAnchor(w) && !LOOSE_IN_PROSE.has(w);

/** The sentence around a mention is read this far at most, each way. */
const REACH = 160;
/**
 * A full stop before a lower-case word ends an abbreviation, not a sentence: "500 тыс. трудовых
 * мигрантов", "approx. 300 asylum seekers".
 */
const SENTENCE_MARK_RE = /[!?;؛؟](?=["'”’»)\]]*\s)|\.(?=["'”’»)\]]*\s(?!\s*\p{Ll}))/gu;

/** Where the mention's sentence begins and ends (at most REACH characters each way). */
function sentenceBounds(text: string, m: Mention): [number, number] {
  const from = Math.max(0, m.start - REACH);
  let begin = from;
  for (const mark of text.slice(from, m.start).matchAll(SENTENCE_MARK_RE))
    begin = from + mark.index + 1;
  const after = text.slice(m.end, m.end + REACH);
  const mark = new RegExp(SENTENCE_MARK_RE.source, "u").exec(after);
  return [begin, m.end + (mark === null ? after.length : mark.index)];
}

/** An acronym ("NRM", "IDPs") is a term of its own: it needs no company. */
const ACRONYM_RE = /^\p{Lu}{2,}\p{Ll}?$/u;

/** True when `m` is one word that is no migration word and no migration word stands by it. */
export function lacksMigrationContext(text: string, m: Mention): boolean {
  const written = m.text.trim();
  if (/[\s\u2010-]/u.test(written) || ACRONYM_RE.test(written)) return false;
  const word = normalizeText(written);
  if (word === "" || word.includes(" ") || isAnchor(word)) return false;
  const [begin, end] = sentenceBounds(text, m);
  const words = normalizeText(`${text.slice(begin, m.start)} ${text.slice(m.end, end)}`).split(" ");
  return !words.some(
    (w, i) =>
      w !== "" &&
      ((isProseAnchor(w) &&
        !isOtherDomainWord(words[i - 1] ?? "") &&
        !isOtherDomainWord(words[i + 1] ?? "")) ||
        borderWords.has(w)),
  );
}
