/**
 * Words that name breakdown categories (dimensions.csv kinds other than country, region and
 * time) in the seven languages, matched on normalised labels: "Males", «женщины», "0-4",
 * «туризм», "Urban", "tertiary", "foreign-born".
 */
import { isAscii, normalizeText } from "../text/normalize";
import { firstUseWordSet, onFirstUse } from "../text/on-first-use";
import { isStopword } from "../text/stopwords";
import { wordPattern } from "./word-pattern";

export type VocabKind =
  | "sex"
  | "age"
  | "reason"
  | "education"
  | "occupation"
  | "duration"
  | "migratory-status"
  | "urban-rural";

const WORDS: Record<VocabKind, string> = {
  sex: `male males female females men women man woman both sexes boys girls sex
    homme hommes femme femmes masculin feminin sexe garcons filles
    hombre hombres mujer mujeres varon varones masculino femenino sexo ninas
    мужчины женщины мужской женский мужчин женщин мужчина женщина мужская женская мальчики девочки пол
    муж жен мужч женщ
    barbati femei barbat femeie baieti fete sex
    muskarci zene muski zenski decaci devojcice pol мушкарци жене мушки женски
    ذكور اناث ذكر انثى الذكور الاناث رجال نساء الجنس`,
  age: `age ages aged age group years old ans edad anos grupo de edad возраст лет varsta ani starost godina العمر
    children adults elderly minors enfants mineurs ninos menores дети несовершеннолетние
    adolescents adolescentes nna подростки`,
  reason: `work employment family study studies education protection humanitarian tourism business
    travail emploi famille etudes tourisme affaires trabajo empleo familia estudios turismo negocios
    работа учеба туризм семья трудовая деловая частная munca familie studii turism rad porodica
    studije turizam عمل اسرة دراسة سياحة`,
  education: `isced primary secondary tertiary no schooling lower secondary upper secondary post secondary
    primaire secondaire superieur primaria secundaria terciaria superior начальное среднее высшее
    основное образование primar gimnazial liceal osnovno srednje visoko obrazovanje ابتدائي ثانوي جامعي`,
  occupation: `isco occupation occupations managers professionals technicians clerical craft operators
    elementary agriculture construction manufacturing industry sector skill profession professions
    ocupacion ocupaciones sector профессия профессии отрасль строительство промышленность сельское
    ocupatie zanimanje المهنة`,
  duration: `duration less than more than months durée mois duracion meses продолжительность месяцев
    срок durata luni trajanje meseci المدة temporary permanent transitory temporaire temporaires
    permanents temporal temporales temporaria temporarias transitoria transitorias permanente
    permanentes временное временные постоянное постоянные temporar permanent privremeni stalni`,
  "migratory-status": `native born foreign born natives nationals foreigners migrants non migrants citizens
    non citizens nes a l etranger etrangers nacionales extranjeros nativos nacidos en el extranjero
    extranjero extranjera extranjeras etranger etrangere etrangeres
    immigrant immigrants immigrante immigrantes inmigrante inmigrantes immigre immigres immigree
    immigrees иммигранты
    иностранные граждане иностранцы мигранты cetateni straini stranci domaci مواطنون اجانب مهاجرون`,
  "urban-rural": `urban rural urbain urbaine rurale ruraux urbano urbana rurales
    городское сельское городская сельская городские сельские город село gradsko seosko
    gradska seoska градско сеоско حضر ريف حضري ريفي الحضر الريف`,
};

// Age labels, on folded text: "0-4", "15–64", "<18", "60+", "100+", "65 and over", "under 18",
// "0-4 años", "de 0 a 4 años", "15 à 19 ans", "80 ans et plus", "65 años y más", "5 to 9 years",
// «от 15 до 19 лет», «70 лет и старше», "Y15-19", "Y_GE65" (Eurostat codes).
const AGE_UNIT = "(?:years?|yrs?|anos?|ans?|лет|года?|ani|godina|godine|سنه|سنوات)";
const AGE_OPEN_END =
  "(?:and over|and older|and above|and more|or over|or older|y mas|o mas|et plus|ou plus|и старше|и более|и выше|si peste|si mai mult|i vise|i stariji|\\+)";
const AGE_LABEL_RE = new RegExp(
  [
    "^(?:(?:de|from|aged?|entre|between|от|od)\\s+)?(?:",
    "<\\s*\\d{1,3}",
    `|\\d{1,3}\\s*(?:-|–|—|a|à|to|al|до|do|la)\\s*\\d{1,3}`,
    `|\\d{1,3}\\s*(?:${AGE_UNIT}\\s*)?${AGE_OPEN_END}`,
    "|(?:under|below|moins de|menos de|до|младше|sub|ispod|mladji od)\\s*\\d{1,3}",
    `)(?:\\s*${AGE_UNIT})?(?:\\s*(?:old|de edad|d age|и старше))?$`,
  ].join(""),
  "u",
);
const EUROSTAT_AGE_CODE_RE = /^y_?(?:(?:lt|ge|gt|le)\d{1,3}|\d{1,3}(?:[-t]\d{1,3})?)$/;

/** Lower case without accents, punctuation kept: what the age and duration patterns read. */
function foldLabel(raw: string): string {
  const plain = isAscii(raw) ? raw : raw.normalize("NFD").replace(/\p{M}+/gu, "");
  return plain.toLowerCase().replace(/\s+/g, " ");
}

// "Población de 20 años y más", "Population aged 15-64", «Население в возрасте 65 лет и старше»:
// who is counted, then their age group.
const POPULATION_OF_AGE_RE =
  /^(?:poblacion|population|personas|persons|people|habitantes|residents|население|лица|persoane|populatia|stanovnistvo|stanovnici)\s+(?:agee?s?\s+de\s+|(?=de\s)|aged?\s+|в возрасте\s+|cu varsta de\s+|(?=od\s))?/u;

/** True for an age or age-group label ("0-4", "65 ans et plus", "Y15-19"). */
export function isAgeLabel(raw: string): boolean {
  const folded = foldLabel(raw.trim()).replace(/'/g, " ");
  const age = (text: string) => AGE_LABEL_RE.test(text) || EUROSTAT_AGE_CODE_RE.test(text);
  if (age(folded)) return true;
  const rest = folded.replace(POPULATION_OF_AGE_RE, "");
  return rest !== folded && age(rest);
}
// "More than 6 months", "6 months or less", "12 mois et plus".
const DURATION_LABEL_RE =
  /(less than|more than|moins de|plus de|menos de|mas de|менее|более|свыше|sub|peste|manje od|vise od)\s+\d+\s*(month|year|mois|an|mes|ano|месяц|год|лет|luni|ani|mesec|godin)|\d+\s*(months?|years?|mois|ans?|meses|anos|años|месяц\p{L}*|лет|luni|ani)\s+(or less|or more|and over|and more|et plus|ou moins|ou plus|o menos|o más|y más|и более|и менее)/iu;

// The word lists are normalised on first use: at load, normalising their seven languages (the
// first non-ASCII text, which compiles normalizeText's Unicode regexes) took ~10 ms of the
// content script's injection task at 1x CPU.
const wordSets = onFirstUse(
  (): ReadonlyMap<VocabKind, ReadonlySet<string>> =>
    new Map(
      (Object.entries(WORDS) as [VocabKind, string][]).map(([k, text]) => [
        k,
        new Set(
          normalizeText(text)
            .split(" ")
            .filter((w) => !isStopword(w)),
        ),
      ]),
    ),
);
// Two-word terms that must match as a whole ("both sexes", "foreign born").
const PHRASES: ReadonlyMap<VocabKind, readonly string[]> = new Map([
  ["sex", ["both sexes", "deux sexes", "ambos sexos", "оба пола"]],
  [
    "migratory-status",
    ["foreign born", "native born", "non migrants", "non immigrants", "nes a l etranger"],
  ],
  ["age", ["age group", "grupo de edad", "groupe d age", "years of age"]],
]);
// Single words too common to decide a label's kind on their own.
const WEAK_WORDS = new Set([
  "sex",
  "age",
  "ans",
  "anos",
  "лет",
  "ani",
  "godina",
  "sector",
  "education",
  "less",
  "more",
  "than",
  "months",
  "born",
  // "Non asylum-related": "non" makes a status only with the word after it ("non migrants").
  "non",
  // "problème de santé de longue durée": the kind's name, not a duration category.
  "duration",
  "duree",
  "duracion",
]);

/** The category kinds a label's words point to (usually one). */
export function vocabKindsOf(label: string): VocabKind[] {
  const raw = label.trim();
  if (isAgeLabel(raw)) return ["age"];
  if (DURATION_LABEL_RE.test(raw)) return ["duration"];
  const norm = normalizeText(raw);
  if (norm === "") return [];
  const words = norm.split(" ");
  const kinds: VocabKind[] = [];
  for (const [kind, phrases] of PHRASES)
    if (phrases.some((p) => ` ${norm} `.includes(` ${p} `))) kinds.push(kind);
  for (const [kind, set] of wordSets()) {
    if (kinds.includes(kind)) continue;
    if (words.some((w) => set.has(w) && !WEAK_WORDS.has(w))) kinds.push(kind);
  }
  // "Males 15-24", "Femmes de 15 à 24 ans": a sex word and an age group in one label.
  if (kinds.includes("sex") && !kinds.includes("age") && isAgeLabel(withoutSexWords(raw)))
    kinds.push("age");
  return kinds;
}

const BOTH_SEXES: readonly string[] = PHRASES.get("sex") ?? [];

/** The label without its sex words and the punctuation around them. */
function withoutSexWords(raw: string): string {
  const sexWords = wordSets().get("sex");
  return raw
    .split(/[\s,;:]+/u)
    .filter((w) => w !== "" && sexWords?.has(normalizeText(w)) !== true)
    .join(" ");
}

const MALE_WORDS = firstUseWordSet(`male males men man boys homme hommes masculin garcons hombre
  hombres varon varones masculino мужчины мужской мужчин мужчина мужская мальчики муж мужч barbati
  barbat baieti muskarci muski decaci мушкарци мушки ذكور ذكر الذكور رجال`);
const FEMALE_WORDS = firstUseWordSet(`female females women woman girls femme femmes feminin filles
  mujer mujeres femenino ninas женщины женский женщин женщина женская девочки жен женщ femei femeie
  fete zene zenski devojcice жене женски اناث انثى الاناث نساء`);

/**
 * True when labels read as a sex breakdown name one sex only ("Femmes immigrantes", "Femmes de
 * 15 à 24 ans"…): the table counts women (or men) alone, broken down by something else.
 */
export function namesOneSexOnly(labels: readonly string[]): boolean {
  let male = false;
  let female = false;
  for (const label of labels) {
    const padded = ` ${normalizeText(label)} `;
    if (BOTH_SEXES.some((p) => padded.includes(` ${p} `))) return false;
    for (const w of padded.trim().split(" ")) {
      if (MALE_WORDS.has(w)) male = true;
      if (FEMALE_WORDS.has(w)) female = true;
    }
    if (male && female) return false;
  }
  return male !== female;
}

/** The status words and phrases of a label, sorted into one key ("extranjera"). */
function statusKey(label: string): string {
  const words = wordSets().get("migratory-status");
  const norm = normalizeText(label);
  const padded = ` ${norm} `;
  const found = (PHRASES.get("migratory-status") ?? []).filter((p) => padded.includes(` ${p} `));
  for (const w of norm.split(" ")) if (words?.has(w) && !WEAK_WORDS.has(w)) found.push(w);
  return [...new Set(found)].sort().join(" ");
}

/**
 * True when labels read as a status breakdown all name the same group with the same words
 * ("Población extranjera total", "Porcentaje sobre población extranjera total"): they measure
 * that group; a breakdown sets groups side by side ("Nacionales", "Extranjeros").
 */
export function namesOneStatusOnly(labels: readonly string[]): boolean {
  const keys = new Set(labels.map(statusKey).filter((k) => k !== ""));
  return keys.size === 1;
}

/**
 * True for a label whose only sex words say "both sexes" ("Refugees at mid-year, both sexes
 * combined"): a total, which alone makes no sex breakdown.
 */
export function namesBothSexesOnly(label: string): boolean {
  const padded = ` ${normalizeText(label)} `;
  const found = BOTH_SEXES.filter((p) => padded.includes(` ${p} `));
  if (found.length === 0) return false;
  const rest = found.reduce((text, p) => text.replaceAll(` ${p} `, " "), padded);
  return !vocabKindsOf(rest).includes("sex");
}

const TOTAL_RE = wordPattern(
  [
    "total~",
    "всего",
    "итого",
    "nacional",
    "national",
    "ukupno",
    "المجموع",
    "اجمالي",
    "world",
    "all countries",
  ],
  { atStart: true },
);

/** True for a label that names a total ("Total", «ВСЕГО по регионам», "Nacional", "WORLD"). */
export function isTotalLabel(label: string): boolean {
  return TOTAL_RE.test(normalizeText(label));
}
