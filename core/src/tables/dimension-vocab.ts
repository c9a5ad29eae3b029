/**
 * Words that name breakdown categories (dimensions.csv kinds other than country, region and
 * time) in the seven languages, matched on normalised labels: "Males", «женщины», "0-4",
 * «туризм», "Urban", "tertiary", "foreign-born".
 */
import { normalizeText } from "../text/normalize";
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
    homme hommes femme femmes masculin feminin sexe hombre hombres mujer mujeres varones sexo
    мужчины женщины мужской женский мужчин женщин пол barbati femei barbat femeie sex
    muskarci zene muski zenski pol ذكور اناث ذكر انثى الجنس`,
  age: `age ages aged age group years old ans edad anos grupo de edad возраст лет varsta ani starost godina العمر
    children adults elderly minors enfants mineurs ninos menores дети несовершеннолетние`,
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
    иностранные граждане иностранцы мигранты cetateni straini stranci domaci مواطنون اجانب مهاجرون`,
  "urban-rural": `urban rural urbain urbano городское сельское город село gradsko seosko حضر ريف`,
};

// Age labels: "0-4", "15–64", "<18", "60+", "65 and over", "under 18", "18-59".
const AGE_LABEL_RE =
  /^(<\s*\d{1,2}|\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}\s*\+>?|\d{1,2}\s*(and over|y mas|et plus|и старше|si peste)|(under|moins de|menos de|до|sub)\s*\d{1,2})(\s*(years|ans|anos|лет|ani|godina))?$/iu;
// "More than 6 months", "6 months or less", "12 mois et plus".
const DURATION_LABEL_RE =
  /(less than|more than|moins de|plus de|menos de|mas de|менее|более|свыше|sub|peste|manje od|vise od)\s+\d+\s*(month|year|mois|an|mes|ano|месяц|год|лет|luni|ani|mesec|godin)|\d+\s*(months?|years?|mois|ans?|meses|anos|años|месяц\p{L}*|лет|luni|ani)\s+(or less|or more|and over|and more|et plus|ou moins|ou plus|o menos|o más|y más|и более|и менее)/iu;

const WORD_SETS: ReadonlyMap<VocabKind, ReadonlySet<string>> = new Map(
  (Object.entries(WORDS) as [VocabKind, string][]).map(([k, text]) => [
    k,
    new Set(
      normalizeText(text)
        .split(" ")
        .filter((w) => !isStopword(w)),
    ),
  ]),
);
// Two-word terms that must match as a whole ("both sexes", "foreign born").
const PHRASES: ReadonlyMap<VocabKind, readonly string[]> = new Map([
  ["sex", ["both sexes", "deux sexes", "ambos sexos", "оба пола"]],
  ["migratory-status", ["foreign born", "native born", "non migrants", "nes a l etranger"]],
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
]);

/** The category kinds a label's words point to (usually one). */
export function vocabKindsOf(label: string): VocabKind[] {
  const raw = label.trim();
  if (AGE_LABEL_RE.test(raw)) return ["age"];
  if (DURATION_LABEL_RE.test(raw)) return ["duration"];
  const norm = normalizeText(raw);
  if (norm === "") return [];
  const words = norm.split(" ");
  const kinds: VocabKind[] = [];
  for (const [kind, phrases] of PHRASES)
    if (phrases.some((p) => ` ${norm} `.includes(` ${p} `))) kinds.push(kind);
  for (const [kind, set] of WORD_SETS) {
    if (kinds.includes(kind)) continue;
    if (words.some((w) => set.has(w) && !WEAK_WORDS.has(w))) kinds.push(kind);
  }
  return kinds;
}

const BOTH_SEXES: readonly string[] = PHRASES.get("sex") ?? [];

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
