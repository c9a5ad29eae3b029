/**
 * A migration word used in another sense names no indicator, whatever figures stand near:
 * - another domain's migration: "bird migration", "data migration", «миграция птиц», «هجرة
 *   الطيور» — the word beside it says what moves;
 * - a place, not people: "refugee camp", «camp de réfugiés», «campo de refugiados», «лагерь
 *   беженцев», «مخيم اللاجئين»;
 * - a French reflexive verb, not the noun: «où l'on s'était réfugié», «se réfugier»;
 * - an English singular used as a noun's modifier: "our diaspora experience", "immigration
 *   enforcement", "immigrant parents" (a plural, "immigrants from Mexico", is the people; so is
 *   "the immigrant population", which counts them).
 * - a French, Spanish or Romanian singular after a noun is an adjective: "un passeport
 *   étranger", «o familie străină» (a family not one's own);
 * - an English singular after "a" or a possessive: one person or their papers ("a refugee",
 *   "his visa to Russia"), not a count;
 * - English "on/about/over immigration" after an action, a view or a debate: the subject of a
 *   policy or an opinion ("executive action on immigration, by a margin of 48%"), not a count;
 * - a remittance word without a direction after a cost word: "the transaction costs of migrant
 *   remittances", «трансакционе трошкове за дознаке миграната» (SDG target 10.c) speak of what
 *   sending costs, not of money received, and their figures are cost percentages;
 * Only vague mentions (a single word, or words several indicators share) are tested: a specific
 * catalogue phrase was written to mean the indicator.
 */
import { normalizeText } from "../text/normalize";
import { STOPWORDS } from "../text/stopwords";
import type { Mention } from "./mention";

/** How far around the mention the neighbouring words are read, in characters. */
const WINDOW = 32;

/** What moves when it is not people, as the word before (or after, with "of") the mention. */
const OTHER_DOMAIN =
  "birds?|bird|animals?|wildlife|fish|whales?|butterfl(?:y|ies)|insects?|cells?|data|database|software|servers?|cloud|code|email|python|platform|system|app|" +
  "oiseaux|donnees|logiciels?|aves|datos|птиц|животных|данных|pasarilor|datelor|ptica|podataka|الطيور|البيانات";
const OTHER_DOMAIN_BEFORE_RE = new RegExp(`(?:^|\\s)(?:${OTHER_DOMAIN})\\s+$`, "u");
const OTHER_DOMAIN_AFTER_RE = new RegExp(
  `^\\s+(?:(?:of|des|de|de las|de los|del)\\s+)?(?:${OTHER_DOMAIN})(?:\\s|$)`,
  "u",
);

/** Camp words: the refugees' camp is a place. */
const CAMP_BEFORE_RE =
  /(?:^|\s)(?:camps?|campos?|campamentos?|лагерь|лагеря|лагере|лагерей|лагерях|مخيم|مخيمات|tabara|taberele|kamp|kampu|kampovi)\s+(?:(?:de|des|du|для|de los)\s+)?$/u;
const CAMP_AFTER_RE = /^\s+camps?(?:\s|$)/u;

/** French reflexive pronoun, with an auxiliary between at most: «s'était réfugié», «se réfugier». */
const FRENCH_REFLEXIVE_BEFORE_RE =
  /(?:^|\s)(?:s|se|me|m|te|t|nous|vous)\s+(?:(?:etait|etaient|est|sont|sera|seront|etre|etant|fut|furent)\s+)?$/u;

/** A content word glued after the mention (spaces only, no punctuation between). */
const WORD_AFTER_RE = /^[ \t\u00A0]+([A-Za-z]+)/;
/** Words after an English noun that do not make it a modifier: verbs and function words. */
const NOT_A_HEAD_RE =
  /^(?:[a-z]+(?:ed|ing)|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|and|or|but|nor|from|of|in|on|at|to|for|by|with|as|who|which|that|than|into|since|during|per|across|among|rose|fell|grew|reached|totalled|numbered)$/;

/** Neighbours stop at a line break or punctuation: a heading or menu item above is no neighbour. */
const BEFORE_BOUNDARY_RE = /[\n\r.,;:!?()[\]|\u2013\u2014-][^\n\r.,;:!?()[\]|\u2013\u2014-]*$/u;
const AFTER_BOUNDARY_RE = /[\n\r.,;:!?()[\]|\u2013\u2014-]/u;

function neighbours(text: string, m: Mention): { before: string; after: string } {
  let before = text.slice(Math.max(0, m.start - WINDOW), m.start);
  const cut = BEFORE_BOUNDARY_RE.exec(before);
  if (cut) before = before.slice(cut.index + 1);
  let after = text.slice(m.end, m.end + WINDOW);
  const stop = AFTER_BOUNDARY_RE.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return { before: `${normalizeText(before)} `, after: ` ${normalizeText(after)}` };
}

/**
 * Nouns that count the people the modifier names: "the immigrant population" is the immigrants
 * (their stock), "refugee numbers" the refugees, "immigration levels" the immigration counted,
 * "an annual immigration rate of one million" its pace.
 */
const GROUP_COUNT_HEAD_RE = /^(?:populations?|numbers|stocks?|levels?|totals?|rates?)$/;

/** An English singular vague word directly followed by a noun it modifies. */
function isEnglishModifier(text: string, m: Mention): boolean {
  if (!/^[A-Za-z]+$/.test(m.text) || /s$/i.test(m.text)) return false;
  const next = WORD_AFTER_RE.exec(text.slice(m.end, m.end + WINDOW))?.[1]?.toLowerCase();
  return (
    next !== undefined &&
    next.length > 2 &&
    !NOT_A_HEAD_RE.test(next) &&
    !GROUP_COUNT_HEAD_RE.test(next)
  );
}

/** An article or a possessive before an English singular: "a refugee", "his visa". */
const ONE_PERSON_BEFORE_RE = /(?:^|\s)(?:a|an|his|her|my|your)\s+$/;

/** An English singular after "a" or a possessive is one person or their papers, not a count. */
function isOnePerson(m: Mention, before: string): boolean {
  return /^[A-Za-z]+$/.test(m.text) && !/s$/i.test(m.text) && ONE_PERSON_BEFORE_RE.test(before);
}

/** "action on immigration", "views about migration": the topic, not the movement counted. */
const TOPIC_BEFORE_RE = /(?:^|\s)(?:on|about|over|against|toward|towards)\s+$/;
const TOPIC_WORD_RE = /^(?:im|e)?migration$/i;

/** Indicators named by a bare remittance word: received or sent, as its direction words say. */
const REMITTANCE_FLOW_IDS: ReadonlySet<string> = new Set(["remit-inflow", "remit-outflow"]);
/** Cost words (text as normalizeText leaves it: lower case, no diacritics). */
const COST_WORDS =
  "costs?|fees?|charges|couts?|frais|costos?|costes?|comisiones|издерж\\p{L}*|стоимост\\p{L}*|трошк\\p{L}*|trosk\\p{L}*|costuri\\p{L}*|comisioane\\p{L}*|تكلف\\p{L}*|تكاليف";
/**
 * A cost word, then at most four words ("de transacción de las", "migrant") before the
 * remittance word, or at most two after it («токове дознака са трошковима», "remittance
 * corridors with costs"): its cost, not its amount.
 */
let costRes: { before: RegExp; after: RegExp } | undefined;
/** Built on first use: `\\p{L}` patterns cost compile time at load (the extension's injection). */
function costWordRes(): { before: RegExp; after: RegExp } {
  return (costRes ??= {
    before: new RegExp(`(?:^|\\s)(?:${COST_WORDS})(?:\\s+\\p{L}+){0,4}\\s+$`, "u"),
    after: new RegExp(`^\\s+(?:\\p{L}+\\s+){0,2}(?:${COST_WORDS})(?:\\s|$)`, "u"),
  });
}

/** A bare remittance word after or before a cost word (see above). */
function isRemittanceCost(m: Mention, before: string, after: string): boolean {
  if (!REMITTANCE_FLOW_IDS.has(m.id)) return false;
  const res = costWordRes();
  return res.before.test(before) || res.after.test(after);
}

/** The last word of the neighbours before a mention, when it is made of letters. */
const LAST_WORD_RE = /(?:^|\s)(\p{L}+)\s+$/u;
/**
 * A French or Spanish singular of adjective shape (participles, -er/-ero, -ant/-ante: "immigré",
 * "étranger", "migrant", «refugiado», «extranjero», «inmigrante»); nouns such as "immigration"
 * or "diaspora" are left alone, since an adjective before them ("forte immigration") is theirs.
 */
const ROMANCE_SINGULAR_ADJECTIVE_RE =
  /^\p{L}+(?:[ée]e?|i?[eè]re?|ante?|ente|ado|ada|ido|ida|ero|era)$/iu;
/** Romanian singulars of adjective shape: «străin», «străină», «imigrant», «refugiată». */
const ROMANIAN_SINGULAR_ADJECTIVE_RE = /^\p{L}+(?:in|in[aă]|ant|ant[aă]|at|at[aă])$/iu;
/** Determiners and quantifiers, which stand before the noun they belong to. */
const ROMANCE_DETERMINERS = new Set(
  (
    "ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs chaque tout " +
    "toute tous toutes aucun aucune quel quelle autre nul nulle " +
    "este esta estos estas ese esa esos esas aquel aquella mi mis tu tus nuestro nuestra nuestros " +
    "nuestras vuestro vuestra cada todo toda todos todas otro otra ningun ninguna cualquier " +
    "o acest aceasta acel acea fiecare orice alt alta niciun nicio"
  ).split(" "),
);

/**
 * French, Spanish and Romanian adjectives follow their noun: a singular vague word right after a content
 * word qualifies it ("un passeport étranger", «capital extranjero», «un enfant réfugié»): it
 * counts no people. After a function word ("les étrangers", «un étranger») or a number it is
 * the noun.
 */
function isRomanceAdjective(m: Mention, before: string, lang: string | undefined): boolean {
  const shape =
    lang === "ro"
      ? ROMANIAN_SINGULAR_ADJECTIVE_RE
      : lang === "fr" || lang === "es"
        ? ROMANCE_SINGULAR_ADJECTIVE_RE
        : undefined;
  if (shape === undefined || !shape.test(m.text)) return false;
  const word = LAST_WORD_RE.exec(before)?.[1];
  return (
    word !== undefined && word.length > 2 && !STOPWORDS.has(word) && !ROMANCE_DETERMINERS.has(word)
  );
}

/**
 * True for a vague mention whose words are used in another sense (see above). `lang` is the
 * page's language: the English modifier rule needs it to be "en", the adjective rule "fr", "es"
 * or "ro".
 */
export function isOtherSense(text: string, m: Mention, lang?: string): boolean {
  const { before, after } = neighbours(text, m);
  if (OTHER_DOMAIN_BEFORE_RE.test(before) || OTHER_DOMAIN_AFTER_RE.test(after)) return true;
  if (CAMP_BEFORE_RE.test(before) || CAMP_AFTER_RE.test(after)) return true;
  if (FRENCH_REFLEXIVE_BEFORE_RE.test(before) && /^r[ée]fugi/i.test(m.text)) return true;
  if (isRomanceAdjective(m, before, lang)) return true;
  if (isRemittanceCost(m, before, after)) return true;
  if (lang !== "en") return false;
  return (
    (TOPIC_WORD_RE.test(m.text) && TOPIC_BEFORE_RE.test(before)) ||
    isEnglishModifier(text, m) ||
    isOnePerson(m, before)
  );
}

/** Indicators whose words also name a place: a border crossing point is where people cross. */
const CROSSING_IDS: ReadonlySet<string> = new Set(["flow-border-crossings"]);
/** "Punctul de Trecere al Frontierei", «пункт пропуска», "point de passage": a place. */
const CROSSING_PLACE_BEFORE_RE =
  /(?:^|\s)(?:punct(?:ul|ele)?|puncte(?:le)?|points?|postes?|punto|puntos|puesto|puestos|пункт\S*|prelaz\S*|прелаз\S*|منفذ|معبر)(?:\s(?:de|of|du|des|al|ale|del|d|l))*\s*$/u;
const CROSSING_PLACE_AFTER_RE = /^\s*(?:points?|posts?|stations?|sites?|checkpoints?)(?:\s|$)/u;

/**
 * True for border-crossing words that name the crossing point (a place) rather than the
 * crossings counted: "Punctul de Trecere al Frontierei Porțile de Fier", "border crossing
 * point". Specific phrases too: the catalogue's phrase is the same words.
 */
export function isCrossingPlace(text: string, m: Mention): boolean {
  if (!CROSSING_IDS.has(m.id)) return false;
  const { before, after } = neighbours(text, m);
  return CROSSING_PLACE_BEFORE_RE.test(before) || CROSSING_PLACE_AFTER_RE.test(after);
}
