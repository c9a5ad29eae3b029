/**
 * A last guess for a table that no label, notes sheet or workbook consensus names: what the table
 * holds, read under the migration word that names it. Publishers name a file or sheet by the
 * people counted ("inner-migration", "remesas_entidad", "foreigners.xlsx") and let the columns say
 * the rest, in words the catalogue may never have seen. The anchor word picks the family (the
 * catalogue's stocks, flows and amounts whose shortest name holds it: "immigrants" → immigrant
 * stock and immigration), and the content picks within it: signed values are a balance (net
 * migration), regions of one country on both sides are internal migration, period and time-point
 * cues settle stock against flow. Nationality and citizenship words alone only say "foreigners",
 * and only for a table with no topic of its own ("delitos sexuales por nacionalidad" counts
 * crimes). Such a guess scores below every other and says what it rests on (`basis`).
 */
import type { TermIndex } from "../search/term-index";
import { PEOPLE_WORDS } from "./category-evidence";
import { lookupPlace } from "./country-names";
import type { EvidenceWhere } from "./label-phrases";
import { wordsOf } from "./label-phrases";
import { isFrameWord, retrievalIndex, tokensOfWord } from "./label-retrieval";
import { modifiesAdministration } from "./administrative-heads";
import { isAnchorWord, isOtherDomainWord } from "./migration-anchor";
import { measureCuesIn } from "./measure-cues";
import { monthOfWord } from "./month-names";
import type { DetectedDimension, IndicatorMatch } from "./schema";
import { stemKeySet } from "./stem-key-set";

/** The best content guess scores this (below label-retrieval's guesses, GUESS_CEILING 0.25). */
export const CONTENT_GUESS_SCORE = 0.15;
/** Each later candidate scores this much less, so the order survives rounding and merging. */
const RANK_STEP = 0.02;
export const MAX_CONTENT_GUESSES = 3;
/** Share of a table's numbers that must be negative for it to read as a balance. */
export const MIN_NEGATIVE_SHARE = 0.05;

/** Indicator ids the content points to: a balance, and moves within one country. */
const NET_MIGRATION = "flow-net-migration";
const INTERNAL_MIGRATION = "flow-internal-migration";

/**
 * Words that only say "of another country": as a breakdown they qualify another topic, alone
 * they name the foreign population (normalised, stemmed below).
 */
const NATIONALITY_WORDS = stemKeySet(
  `foreign foreigner foreigners nationality nationalities citizen citizens citizenship noncitizens
  etranger etrangers etrangere etrangeres nationalite nationalites citoyennete
  extranjero extranjeros extranjera extranjeras nacionalidad nacionalidades ciudadania
  иностранец иностранцы иностранных иностранные гражданство гражданства подданных подданные
  strain straini straine cetatenie cetateniei nationalitate nationalitatea
  stranac stranci stranih strani drzavljanstvo странци држављанство
  الجنسية جنسية الاجانب اجانب اجنبي`,
);

/** The sexes, which a table of people is broken down by: no topic of their own. */
const SEX_WORDS = stemKeySet(
  `men women male female males females hommes femmes hombres mujeres мужчины женщины муж жен
  barbati femei muskarci zene`,
);

/** The table as the guess reads it. */
export interface TableContent {
  /** Its names and headers: file, sheet, title, value headers ("header"), label headers ("labels"). */
  names: readonly { where: EvidenceWhere; text: string }[];
  /** Distinct label values that could name a topic (few-valued label columns). */
  labelValues: readonly string[];
  dimensions: readonly DetectedDimension[];
  numbers: number;
  negatives: number;
}

/** Where an anchor names the table itself (a label column's header is a breakdown). */
const NAMING_PLACES: ReadonlySet<EvidenceWhere> = new Set(["file", "sheet", "title", "header"]);

interface Anchor {
  word: string;
  where: EvidenceWhere;
  text: string;
}

/** Anchor words in the table's names, with no other domain's word beside them. */
function anchorsOf(content: TableContent): Anchor[] {
  const out: Anchor[] = [];
  for (const n of content.names) {
    if (!NAMING_PLACES.has(n.where)) continue;
    const words = wordsOf(n.text);
    words.forEach((w, i) => {
      if (!isAnchorWord(w)) return;
      const near = [words[i - 1], words[i + 1]];
      if (near.some((x) => x !== undefined && isOtherDomainWord(x))) return;
      // "immigration detention estate": the administration, not the people it counts.
      if (modifiesAdministration(words, i)) return;
      out.push({ word: w, where: n.where, text: n.text });
    });
  }
  return out;
}

const hasDigit = (w: string) => /\p{N}/u.test(w);

/** Whether some indicator the word names counts migrants themselves (a stock, flow or amount). */
function isCountIndicator(index: TermIndex, id: string): boolean {
  const measure = index.measures.get(id);
  return (
    (measure === "stock" || measure === "flow" || measure === "amount") &&
    !index.contextIds.has(id) &&
    !index.statusBreakdownIds.has(id)
  );
}

/** Places whose words name the table as a whole, where even an unknown word is a topic. */
const NAME_PLACES: ReadonlySet<EvidenceWhere> = new Set(["file", "sheet", "title"]);

/** A word that is a frame, a place, a month, a number or a cue: no topic. */
function isNeutral(w: string, cueWords: ReadonlySet<string>): boolean {
  return (
    w.length <= 2 ||
    hasDigit(w) ||
    isAnchorWord(w) ||
    isFrameWord(w) ||
    PEOPLE_WORDS.has(w) ||
    SEX_WORDS.has(w) ||
    cueWords.has(w) ||
    monthOfWord(w) !== undefined ||
    lookupPlace(w) !== undefined
  );
}

/**
 * Whether a table named only by nationality words has a topic besides the people counted: a word
 * the catalogue uses only for other measures (unemployment, violence, poverty: nationality is
 * their breakdown), or any word of its own name ("delitos sexuales por nacionalidad").
 */
function hasOwnTopic(index: TermIndex, content: TableContent): boolean {
  const r = retrievalIndex(index);
  const texts = [...content.names.map((n) => n.text), ...content.labelValues];
  const cueWords = new Set(measureCuesIn(texts).flatMap((c) => c.cue.split(" ")));
  const otherTopic = (w: string) => {
    const ids = tokensOfWord(w).flatMap((t) => r.postings.get(t) ?? []);
    return ids.length > 0 && !ids.some((id) => isCountIndicator(index, id));
  };
  for (const n of [
    ...content.names,
    ...content.labelValues.map((text) => ({ where: "labels" as const, text })),
  ]) {
    if (lookupPlace(n.text) !== undefined) continue;
    const unknownCounts = NAME_PLACES.has(n.where);
    for (const w of wordsOf(n.text))
      if (!isNeutral(w, cueWords) && ((unknownCounts && w.length > 3) || otherTopic(w)))
        return true;
  }
  return false;
}

/** What an indicator's nearest name costs: the specificity of its words the table lacks. */
interface FamilyMember {
  cost: number;
  name: string;
  anchor: Anchor;
}

/**
 * The indicators an anchor word can stand for in a table of numbers: stocks, flows and amounts
 * with a name holding it, each costing the IDF of the words of its nearest name that the table
 * does not have. "immigrants" is the immigrant stock's whole name (cost 0); "migration" is in
 * "migration flows" and "climate migration", and "flows" is a commoner word than "climate".
 */
function familyOf(
  index: TermIndex,
  anchor: Anchor,
  tableTokens: ReadonlySet<string>,
  into: Map<string, FamilyMember>,
): void {
  const r = retrievalIndex(index);
  for (const token of tokensOfWord(anchor.word))
    for (const id of r.postings.get(token) ?? []) {
      if (!isCountIndicator(index, id)) continue;
      for (const p of r.phrasesOf.get(id) ?? []) {
        if (!p.tokens.includes(token)) continue;
        let cost = 0;
        for (const t of p.tokens) if (t !== token && !tableTokens.has(t)) cost += r.idf.get(t) ?? 0;
        const prev = into.get(id);
        if (!prev || cost < prev.cost) into.set(id, { cost, name: p.text, anchor });
      }
    }
}

const isSubnational = (d: DetectedDimension) => d.kind === "region";

/** The content's reasons for one indicator: a balance for net migration, regions for internal. */
function structuralBasis(id: string, content: TableContent): string[] {
  if (id === NET_MIGRATION && content.numbers > 0)
    return content.negatives / content.numbers >= MIN_NEGATIVE_SHARE
      ? ["signed values (a balance)"]
      : [];
  if (id === INTERNAL_MIGRATION)
    return content.dimensions.some(isSubnational) &&
      !content.dimensions.some((d) => d.kind === "country")
      ? ["regions within one country"]
      : [];
  return [];
}

interface Ranked {
  id: string;
  member: FamilyMember;
  basis: string[];
}

/**
 * Period cues ("entradas", "during the year") or time-point cues ("as of", "resident") in the
 * names put the measure they describe first: the top's stock or flow counterpart takes its place.
 */
function settleByCues(index: TermIndex, ranked: Ranked[], texts: readonly string[]): Ranked[] {
  const cues = measureCuesIn(texts);
  const measures = new Set(cues.map((c) => (c.kind === "period" ? "flow" : "stock")));
  const [top] = ranked;
  if (!top || measures.size !== 1) return ranked;
  const [cued] = measures;
  const basis = `${cued === "flow" ? "period" : "time-point"} cues: ${cues.map((c) => c.cue).join(", ")}`;
  if (index.measures.get(top.id) === cued)
    return [{ ...top, basis: [...top.basis, basis] }, ...ranked.slice(1)];
  const counterpart = index.counterparts.get(top.id);
  if (counterpart === undefined || index.measures.get(counterpart) !== cued) return ranked;
  const existing = ranked.find((r) => r.id === counterpart);
  const promoted = {
    id: counterpart,
    member: existing?.member ?? top.member,
    basis: [...(existing?.basis ?? []), basis],
  };
  return [promoted, ...ranked.filter((r) => r.id !== counterpart)];
}

/** The top's stock or flow counterpart among the alternatives, in place of the last. */
function withCounterpart(index: TermIndex, ranked: readonly Ranked[]): Ranked[] {
  const kept = ranked.slice(0, MAX_CONTENT_GUESSES);
  const [top] = kept;
  const counterpart = top === undefined ? undefined : index.counterparts.get(top.id);
  if (!top || counterpart === undefined || kept.some((r) => r.id === counterpart)) return kept;
  const alternative = { id: counterpart, member: top.member, basis: [] };
  return kept.length < MAX_CONTENT_GUESSES
    ? [...kept, alternative]
    : [...kept.slice(0, -1), alternative];
}

/**
 * Guesses for an unnamed table from its anchor word and content, best first; none without a
 * migration word naming the table, or with only nationality words on a table of another topic.
 */
export function guessFromContent(index: TermIndex, content: TableContent): IndicatorMatch[] {
  const anchors = anchorsOf(content);
  if (anchors.length === 0) return [];
  const strong = anchors.filter((a) => !NATIONALITY_WORDS.has(a.word));
  // A migration word names the table; nationality words alone may only qualify its topic.
  if (strong.length === 0 && hasOwnTopic(index, content)) return [];
  const texts = [...content.names.map((n) => n.text), ...content.labelValues];
  const tableTokens = new Set(texts.flatMap((t) => wordsOf(t).flatMap((w) => tokensOfWord(w))));
  const family = new Map<string, FamilyMember>();
  for (const a of strong.length > 0 ? strong : anchors) familyOf(index, a, tableTokens, family);
  const ranked = [...family]
    .map(([id, member]) => ({ id, member, basis: structuralBasis(id, content) }))
    .sort(
      (a, b) =>
        b.basis.length - a.basis.length ||
        a.member.cost - b.member.cost ||
        a.id.localeCompare(b.id),
    );
  const settled = withCounterpart(
    index,
    settleByCues(
      index,
      ranked,
      content.names.map((n) => n.text),
    ),
  );
  return settled.map((c, i) => ({
    id: c.id,
    score: Math.round((CONTENT_GUESS_SCORE - i * RANK_STEP) * 1000) / 1000,
    guess: true as const,
    evidence: [
      {
        where: c.member.anchor.where,
        text: c.member.anchor.text,
        matched: c.member.name,
        words: [c.member.anchor.word],
      },
    ],
    ...(c.basis.length > 0 ? { basis: c.basis } : {}),
  }));
}
