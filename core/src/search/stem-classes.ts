/**
 * Catalogue words grouped by shared stems, so that the page tagger can walk one trie for exact
 * and inflected words alike: "refugee", "refugees" (en:refuge) and "réfugiés" if some phrase also
 * used "refugees"… all stand for one class, named by one of its words. Classes join through stem
 * keys (language and stem) and through a word shared by phrases of two languages.
 */
import type { Language } from "../catalogue/vocabulary";
import { serbianToLatin } from "../tables/serbian-transliteration";
import { stripArabicClitics } from "../text/arabic-clitics";
import { bareForm } from "./inflection-endings";
import { normalizeText } from "../text/normalize";
import { MIN_STEM_LENGTH, MIN_STEMMED_LENGTH, scriptLanguages, stemKey } from "../text/stem";

export interface StemClasses {
  /** Catalogue word → the word standing for its class. */
  repOf: ReadonlyMap<string, string>;
  /**
   * Stem key ("fr:immigr") → the words standing for its classes: words sharing a stem but not
   * only their endings ("immigré", "immigration") form classes of their own.
   */
  repOfKey: ReadonlyMap<string, readonly string[]>;
  /** The first letters (`PREFIX_LENGTH`) of every stem: a word starting otherwise has no class. */
  prefixes: ReadonlySet<string>;
  /** Class word → every catalogue word of the class. */
  membersOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * An inflected form differs from a catalogue word of its class only in its last few letters:
 * "immigrées" / "immigré", "выбывших" / "выбывшие". A stem shared by words that part earlier is
 * a derivation, not an inflection ("deportes" / "deportations", "populismes" / "population").
 */
export const MAX_DIFFERING_ENDING = 3;

/** Letters of a stem kept for the prefix filter: every stem has at least this many. */
export const PREFIX_LENGTH = MIN_STEM_LENGTH;

interface StemmedPhrase {
  lang: Language;
  words: readonly string[];
  stems: readonly string[];
}

/**
 * A Russian genitive plural often has no ending and is then too short to be stemmed: «лиц» (of
 * «лица»: «перемещённых лиц», «лиц без гражданства»). Such a word is its own stem, so that it
 * meets the word's other forms.
 */
function ownStemOfShortWord(word: string, lang: Language): string | undefined {
  return lang === "ru" && word.length >= MIN_STEM_LENGTH && word.length < MIN_STEMMED_LENGTH
    ? word
    : undefined;
}

/** Union-find over words: the root is the first word met of a class (deterministic). */
function find(parent: Map<string, string>, word: string): string {
  let root = word;
  for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
    root = up;
  }
  // Path compression: later lookups take one step.
  for (let w = word, up = parent.get(w); up !== undefined && up !== root; up = parent.get(w)) {
    parent.set(w, root);
    w = up;
  }
  return root;
}

/** Joins the classes of `a` and `b`; the root met first stays the name of the class. */
function union(
  parent: Map<string, string>,
  seenAt: ReadonlyMap<string, number>,
  a: string,
  b: string,
): void {
  const rootA = find(parent, a);
  const rootB = find(parent, b);
  if (rootA === rootB) return;
  if ((seenAt.get(rootA) ?? 0) <= (seenAt.get(rootB) ?? 0)) parent.set(rootB, rootA);
  else parent.set(rootA, rootB);
}

/** Phrases looked at between two steps of buildStemClassesInSteps. */
const PHRASES_PER_STEP = 128;
/** Classes built per list of phrases: a term index builds them once, stepped or not. */
const built = new WeakMap<readonly StemmedPhrase[], StemClasses>();

export function buildStemClasses(phrases: readonly StemmedPhrase[]): StemClasses {
  const steps = buildStemClassesInSteps(phrases);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/**
 * buildStemClasses as steps (call `next()` until done; the classes are the done value): before
 * a page's first pass it was one piece of ~15 ms of CPU, a long task at 4× CPU throttling.
 * The phrases must not change afterwards: the classes are kept for them.
 */
export function* buildStemClassesInSteps(
  phrases: readonly StemmedPhrase[],
): Generator<undefined, StemClasses> {
  const done = built.get(phrases);
  if (done !== undefined) return done;
  const parent = new Map<string, string>();
  /** When each word was first met: the earliest root names a class. */
  const seenAt = new Map<string, number>();
  /** The first word of each class a stem key has (words of one class differ in endings only). */
  const headsOfKey = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const [i, p] of phrases.entries()) {
    if ((i + 1) % PHRASES_PER_STEP === 0) yield;
    for (let w = 0; w < p.words.length; w++) {
      const word = p.words[w] ?? "";
      if (!parent.has(word)) {
        parent.set(word, word);
        seenAt.set(word, seenAt.size);
      }
      const stem = p.stems[w] || ownStemOfShortWord(word, p.lang);
      if (!stem) continue;
      prefixes.add(stem.slice(0, PREFIX_LENGTH));
      const key = `${p.lang}:${stem}`;
      const heads = headsOfKey.get(key);
      // A shared stem joins only inflections: "immigration" is no form of "immigré" (fr:immigr).
      // A word close to several heads joins them all: «străini» is a form of «străină» and of
      // «străinilor», which differ too much to be compared directly.
      let joined = false;
      for (const head of heads ?? []) {
        if (!closeForms(head, word)) continue;
        joined = true;
        union(parent, seenAt, head, word);
      }
      if (!joined) {
        if (heads) heads.push(word);
        else headsOfKey.set(key, [word]);
      }
    }
  }
  yield* joinCaseForms(phrases, parent);
  const repOf = new Map<string, string>();
  for (const word of parent.keys()) repOf.set(word, find(parent, word));
  const repOfKey = new Map<string, string[]>();
  for (const [key, heads] of headsOfKey) {
    repOfKey.set(key, [...new Set(heads.map((word) => repOf.get(word) ?? word))]);
  }
  const membersOf = new Map<string, string[]>();
  for (const [word, rep] of repOf) {
    const list = membersOf.get(rep);
    if (list) list.push(word);
    else membersOf.set(rep, [word]);
  }
  const classes = { repOf, repOfKey, prefixes, membersOf };
  built.set(phrases, classes);
  return classes;
}

/**
 * Joins the classes of words that differ only in an inflectional ending (inflection-endings.ts)
 * where their stems differ: the stemmer read one of them otherwise («граждан» / «граждане»).
 */
function* joinCaseForms(
  phrases: readonly StemmedPhrase[],
  parent: Map<string, string>,
): Generator<undefined, void> {
  const firstOfBare = new Map<string, string>();
  const seen = new Set<string>();
  for (const [i, p] of phrases.entries()) {
    if ((i + 1) % PHRASES_PER_STEP === 0) yield;
    for (let w = 0; w < p.words.length; w++) {
      const word = p.words[w] ?? "";
      // Acronyms and short words have no forms; each word is looked at once.
      if (!p.stems[w] || seen.has(word)) continue;
      seen.add(word);
      // Serbian Cyrillic is compared in Latin, Arabic without clitics; Russian as written.
      const form = p.lang === "ru" ? word : (comparableForms(word)[0] ?? word);
      const key = `${p.lang}:${bareForm(form, p.lang)}`;
      const first = firstOfBare.get(key);
      if (first === undefined) firstOfBare.set(key, word);
      else {
        const a = find(parent, first);
        const b = find(parent, word);
        if (a !== b && closeForms(first, word)) parent.set(b, a);
      }
    }
  }
}

const FIRST_CYRILLIC = 0x400;
const LAST_CYRILLIC = 0x4ff;
const FIRST_ARABIC = 0x600;
const LAST_ARABIC = 0x6ff;

/** Cheap test before stemming: could any stem start `norm`? (False only when none can.) */
export function mayHaveClass(classes: StemClasses, norm: string): boolean {
  if (norm.length < PREFIX_LENGTH) return false;
  const code = norm.charCodeAt(0);
  // The Arabic stemmer also takes letters off the front (after the clitics): no cheap test.
  if (code >= FIRST_ARABIC && code <= LAST_ARABIC) return true;
  if (classes.prefixes.has(norm.slice(0, PREFIX_LENGTH))) return true;
  // The Serbian stemmer reads Cyrillic and writes Latin.
  if (code >= FIRST_CYRILLIC && code <= LAST_CYRILLIC) {
    const latin = normalizeText(serbianToLatin(norm.slice(0, PREFIX_LENGTH + 1)));
    return classes.prefixes.has(latin.slice(0, PREFIX_LENGTH));
  }
  return false;
}

/**
 * A word as compared letter by letter: Serbian Cyrillic in Latin; Arabic without clitics, and
 * also without the article alone, since a و or ف may be the word's own first letter («الوفيات»
 * is «وفيات» with the article, not «فيات» with "and").
 */
function comparableForms(word: string): readonly string[] {
  const code = word.charCodeAt(0);
  if (code >= FIRST_ARABIC && code <= LAST_ARABIC) {
    const stripped = stripArabicClitics(word);
    const noArticle = word.startsWith("ال") && word.length > 4 ? word.slice(2) : stripped;
    return noArticle === stripped ? [stripped, word] : [stripped, noArticle, word];
  }
  if (code >= FIRST_CYRILLIC && code <= LAST_CYRILLIC) return [normalizeText(serbianToLatin(word))];
  return [word];
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Arabic: a feminine singular in ة (folded to ه) and a masculine sound plural in ون/ين share
 * the Snowball stem but are mostly different words: «المرحلة» (the stage) is no form of
 * «المرحلون» (the deportees). Feminine plurals (ات) and broken plurals are left to the stem.
 */
const ARABIC_FEMININE_SINGULAR_RE = /[\u0600-\u06FF]ه$/;
const ARABIC_MASCULINE_PLURAL_RE = /[\u0600-\u06FF](?:ون|ين)$/;

/**
 * Spanish: a participle («refugiado», «desplazada») and a noun on the same stem («refugio», the
 * shelter) are two words; their endings after the shared letters tell them apart.
 */
const PARTICIPLE_ENDING_RE = /^[ai]?d[oa]s?$/;

function participleClash(x: string, y: string, shared: number): boolean {
  const xEnd = x.slice(shared);
  const yEnd = y.slice(shared);
  return (
    (PARTICIPLE_ENDING_RE.test(xEnd) && !yEnd.includes("d")) ||
    (PARTICIPLE_ENDING_RE.test(yEnd) && !xEnd.includes("d"))
  );
}

function arabicNumberClash(x: string, y: string): boolean {
  return (
    (ARABIC_FEMININE_SINGULAR_RE.test(x) && ARABIC_MASCULINE_PLURAL_RE.test(y)) ||
    (ARABIC_FEMININE_SINGULAR_RE.test(y) && ARABIC_MASCULINE_PLURAL_RE.test(x))
  );
}

/** Common prefix letters of the closest readings of two words that differ only in endings, else -1. */
function closeness(a: string, b: string): number {
  let best = -1;
  for (const x of comparableForms(a)) {
    for (const y of comparableForms(b)) {
      const shared = commonPrefixLength(x, y);
      if (
        shared >= Math.max(x.length, y.length) - MAX_DIFFERING_ENDING &&
        !arabicNumberClash(x, y) &&
        !participleClash(x, y, shared)
      )
        best = Math.max(best, shared);
    }
  }
  return best;
}

/** True when two words differ only in their endings (see MAX_DIFFERING_ENDING). */
function closeForms(a: string, b: string): boolean {
  return closeness(a, b) >= 0;
}

/**
 * How much of `norm` the closest word of the class shares (letters of common prefix), or -1 when
 * no word of the class differs from it only in its ending.
 */
function closenessToClass(classes: StemClasses, rep: string, norm: string): number {
  let best = -1;
  for (const member of classes.membersOf.get(rep) ?? [rep])
    best = Math.max(best, closeness(norm, member));
  return best;
}

/**
 * The class word an inflected text word stands for, or undefined. The word's language is not
 * known: each language its script allows is tried, and the longest shared stem wins (the more
 * of the word two forms share, the surer they are one word: "страни" is Serbian "strani", not
 * Russian "стран…"); on a tie, the first language in catalogue order.
 */
export function classOfInflected(classes: StemClasses, norm: string): string | undefined {
  if (!mayHaveClass(classes, norm)) return undefined;
  let best: string | undefined;
  let bestLength = 0;
  for (const lang of scriptLanguages(norm)) {
    const own = ownStemOfShortWord(norm, lang);
    const key = stemKey(norm, lang) ?? (own === undefined ? undefined : `${lang}:${own}`);
    if (key === undefined || key.length - lang.length <= bestLength) continue;
    // Of the classes sharing the stem, the one with the closest word ("الوفيات", not "الوفاة").
    let rep: string | undefined;
    let closest = -1;
    for (const candidate of classes.repOfKey.get(key) ?? []) {
      const closeness = closenessToClass(classes, candidate, norm);
      if (closeness > closest) {
        rep = candidate;
        closest = closeness;
      }
    }
    if (rep !== undefined) {
      best = rep;
      bestLength = key.length - lang.length;
    }
  }
  return best;
}
