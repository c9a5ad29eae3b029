/**
 * Migration words inside the name of an organisation name the organisation, not the people it
 * deals with: "Immigration, Refugees and Citizenship Canada (IRCC)", "Office of Refugee
 * Resettlement", "Federal Office for Migration and Refugees", "Migration Policy Institute",
 * «Instituto Nacional de Migración», «Министерство по делам беженцев», «وزارة الهجرة». A figure
 * beside the name ("IRCC gave up 10.5 floors") is the organisation's, so such a mention reports
 * nothing. A mention is inside a name when:
 * - an institution word (ministry, office, agency, institute …) stands before it, with only
 *   function words between, or capitalised words too when the mention is capitalised ("Office
 *   for Migration and Refugees"; "the Ministry of the Interior's immigration figures" is none);
 * - an institution word follows it, glued ("refugee agency") or after capitalised words only
 *   ("Migration Policy Institute"), which "and", "of" or "for" may join ("Immigration and
 *   Nationality Act": a law's name is a name too, and its year no figure of migrants;
 *   "Immigration and Customs Enforcement": ICE's removals are its own figures, not immigration);
 * - it is capitalised, in a run of capitalised words and function words that ends in an acronym
 *   in parentheses spelt from the run's initials ("Immigration, Refugees and Citizenship Canada
 *   (IRCC)"; "Total Refugee Population (UNHCR)" names a source, not itself).
 * The name's words are read within its sentence: spaces and commas may stand between them, any
 * other mark ends the name. This runs for every mention (35,000 on a dense page), so words are
 * read one at a time from the mention outwards, and most mentions are settled by the word on
 * either side.
 */
import { STOPWORDS } from "../text/stopwords";
import type { Mention } from "./mention";
import { isWordUnit } from "./word-chars";

/** At most this many words between the institution word and the mention, or in a name. */
const MAX_NAME_WORDS = 7;
const MAX_ACRONYM_LENGTH = 8;

/**
 * Institution words, lower case as written: the head of an organisation's name in the seven
 * catalogue languages (and German, whose agencies English text names). Forms without diacritics
 * are added on first use (institutionWords).
 */
const INSTITUTION_TEXT =
  "ministry ministries department office bureau agency agencies institute institution service services " +
  "commission commissioner council directorate secretariat authority authorities inspectorate " +
  "organization organisation observatory foundation association court tribunal board committee " +
  "center centre division administration enforcement patrol " +
  "ministère direction agence institut conseil commissariat autorité observatoire " +
  "ministerio oficina dirección agencia instituto servicio comisión consejo secretaría autoridad " +
  "observatorio organización superintendencia " +
  "ministerul direcția agenția institutul serviciul comisia consiliul autoritatea inspectoratul oficiul " +
  "bundesamt ministerium " +
  "министерство министерства управление управления служба службы агентство агентства комитет " +
  "комиссия комиссариат департамент " +
  "ministarstvo ministarstva uprava agencija služba komesarijat direkcija kancelarija " +
  "министарство министарства управа агенција комесаријат дирекција канцеларија " +
  "وزارة هيئة مكتب مفوضية المفوضية إدارة الإدارة دائرة مديرية المديرية وكالة الوكالة مجلس " +
  // The head of a law's name: "Immigration and Nationality Act", «loi immigration», «закон о миграции».
  "act law laws bill code convention treaty directive decree regulation " +
  "loi décret directive règlement ley decreto reglamento legea lege " +
  "закон закона законе кодекс указ zakon zakona закон قانون";

/** Function words that join a name's words and are not in the shared (normalised) stopwords. */
const NAME_JOINER_TEXT = "für und der die des à și pentru по вопросам делам за и";

/** Words that link the capitalised words of a name after the mention ("… and Nationality Act"). */
const NAME_LINKS: ReadonlySet<string> = new Set(["and", "of", "for", "&", "et", "y", "и"]);

let institutions: ReadonlySet<string> | undefined;
let joiners: ReadonlySet<string> | undefined;

function withoutMarks(words: string): string[] {
  const list = words.split(" ");
  return [...list, ...list.map((w) => w.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))];
}

function isInstitution(lower: string): boolean {
  institutions ??= new Set(withoutMarks(INSTITUTION_TEXT));
  return institutions.has(lower);
}

function isJoiner(lower: string): boolean {
  joiners ??= new Set(withoutMarks(NAME_JOINER_TEXT));
  return STOPWORDS.has(lower) || joiners.has(lower);
}

/** A word of the page, lower-cased, and whether it was written with a capital. */
interface Word {
  start: number;
  end: number;
  lower: string;
  capital: boolean;
}

const SPACE = 0x20;
const TAB = 0x09;
const NO_BREAK_SPACE = 0xa0;
const COMMA = 0x2c;
const OPENING_PARENTHESIS = 0x28;

function isGap(code: number, commas: boolean): boolean {
  return code === SPACE || code === TAB || code === NO_BREAK_SPACE || (commas && code === COMMA);
}

/** An apostrophe or hyphen between two letters belongs to the word ("Saint-Denis", "d'asile"). */
function isInner(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (
    (code === 0x27 || code === 0x2019 || code === 0x2d) &&
    isWordUnit(text.charCodeAt(at - 1)) &&
    isWordUnit(text.charCodeAt(at + 1))
  );
}

function wordOf(text: string, start: number, end: number): Word {
  const first = text.charAt(start);
  return {
    start,
    end,
    lower: text.slice(start, end).toLowerCase(),
    capital: first !== first.toLowerCase(),
  };
}

/** The word before `at`, past spaces and commas only; undefined at any other mark. */
function wordBefore(text: string, at: number): Word | undefined {
  let k = at - 1;
  while (k >= 0 && isGap(text.charCodeAt(k), true)) k--;
  if (k < 0 || !isWordUnit(text.charCodeAt(k))) return undefined;
  const end = k + 1;
  while (k > 0 && (isWordUnit(text.charCodeAt(k - 1)) || isInner(text, k - 1))) k--;
  return wordOf(text, k, end);
}

/** The word after `at`, past spaces (and commas when asked); undefined at any other mark. */
function wordAfter(text: string, at: number, commas: boolean): Word | undefined {
  let k = at;
  while (k < text.length && isGap(text.charCodeAt(k), commas)) k++;
  if (k >= text.length || !isWordUnit(text.charCodeAt(k))) return undefined;
  const start = k;
  while (k < text.length && (isWordUnit(text.charCodeAt(k)) || isInner(text, k))) k++;
  return wordOf(text, start, k);
}

/** True when the mention starts with a Latin letter (Cyrillic and Arabic names glue words). */
function isLatin(m: Mention): boolean {
  const code = m.text.charCodeAt(0);
  return code < 0x250;
}

/** An institution word before the mention, with only name words between (see above). */
function institutionBefore(text: string, m: Mention, capital: boolean): boolean {
  let at = m.start;
  for (let k = 0; k <= MAX_NAME_WORDS; k++) {
    const word = wordBefore(text, at);
    if (word === undefined) return false;
    // "Border Patrol apprehended 98,977 people", "the Home Office granted asylum": a Latin-script
    // name joins a lower-case word after its head only through a function word ("Office for
    // Migration"), so one glued to the capitalised head is the sentence's verb, not the name.
    if (isInstitution(word.lower)) return !(k === 0 && word.capital && !capital && isLatin(m));
    if (!isJoiner(word.lower) && !(capital && word.capital)) return false;
    at = word.start;
  }
  return false;
}

/** An institution word after the mention: glued to it, or after capitalised words only. */
function institutionAfter(text: string, m: Mention, capital: boolean): boolean {
  let at = m.end;
  for (let k = 0; k <= MAX_NAME_WORDS; k++) {
    const word = wordAfter(text, at, false);
    if (word === undefined) return false;
    if (isInstitution(word.lower)) return k === 0 || (capital && word.capital);
    if (!(capital && (word.capital || NAME_LINKS.has(word.lower)))) return false;
    at = word.end;
  }
  return false;
}

/** Capital initials of the words of `text` ("Migration Policy" → "MP"). */
function initialsOf(text: string): string {
  let out = "";
  for (const word of text.split(/[\s,]+/)) {
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) out += first;
  }
  return out;
}

/** The acronym in parentheses at `at` ("(IRCC)"), or undefined. */
function acronymAt(text: string, at: number): string | undefined {
  if (text.charCodeAt(at) !== OPENING_PARENTHESIS) return undefined;
  const close = text.indexOf(")", at);
  if (close < 0 || close - at - 1 > MAX_ACRONYM_LENGTH) return undefined;
  const inner = text.slice(at + 1, close).trim();
  return inner.length >= 2 && inner === inner.toUpperCase() && inner !== inner.toLowerCase()
    ? inner
    : undefined;
}

/**
 * The name's words around the mention (capitalised words and function words) end in
 * "(ACRONYM)", spelt in order from their initials, starting at or before the mention
 * ("Immigration, Refugees and Citizenship Canada (IRCC)" for "Refugees").
 */
function acronymAfter(text: string, m: Mention): boolean {
  let lead = "";
  let at = m.start;
  for (let k = 0; k <= MAX_NAME_WORDS; k++) {
    const word = wordBefore(text, at);
    if (word === undefined || !(word.capital || isJoiner(word.lower))) break;
    if (word.capital) lead = text.charAt(word.start) + lead;
    at = word.start;
  }
  let initials = lead + initialsOf(m.text);
  let acronym: string | undefined;
  at = m.end;
  for (let k = 0; k <= MAX_NAME_WORDS && acronym === undefined; k++) {
    while (at < text.length && isGap(text.charCodeAt(at), true)) at++;
    acronym = acronymAt(text, at);
    if (acronym !== undefined) break;
    const word = wordAfter(text, at, true);
    if (word === undefined || !(word.capital || isJoiner(word.lower))) return false;
    if (word.capital) initials += text.charAt(word.start);
    at = word.end;
  }
  if (acronym === undefined) return false;
  // Every letter of the acronym, in order, is the initial of one of the name's words.
  let found = initials.indexOf(acronym.charAt(0));
  if (found < 0 || found > lead.length) return false;
  for (const letter of acronym.slice(1)) {
    found = initials.indexOf(letter, found + 1);
    if (found < 0) return false;
  }
  return true;
}

/** True when the mention's words are part of an organisation's name (see above). */
export function isInOrganisationName(text: string, m: Mention): boolean {
  const first = m.text.charAt(0);
  const capital = first !== first.toLowerCase();
  return (
    institutionBefore(text, m, capital) ||
    institutionAfter(text, m, capital) ||
    (capital && acronymAfter(text, m))
  );
}
