/**
 * Breakdowns read from a label column's header and the shape of its values, for long-format
 * tables whose categories the vocabulary does not know: "Sexo | M, F", "Provincia | Salta,
 * Jujuy…", "Periodo | 2021, 2022", "Nacionalidad | Española, Extranjera". Also coded
 * categories (M/F, H/M, U/R), which are too short for the word lists.
 */
import { normalizeText } from "../text/normalize";
import { isTotalLabel, vocabKindsOf } from "./dimension-vocab";
import type { DetectedDimension } from "./schema";
import { isRegionHeader, isSubnationalRegion } from "./subnational-regions";
import { lookupPlace } from "./country-names";
import { wordPattern } from "./word-pattern";

type Kind = DetectedDimension["kind"];

/** Header words per kind, in the seven languages; checked in this order (region before time). */
const HEADER_WORDS: readonly [Kind, RegExp][] = [
  ["sex", wordPattern(["sex~", "gender", "genero", "пол", "pol", "جنس", "الجنس", "spol"])],
  [
    "age",
    wordPattern([
      "age",
      "ages",
      "age group~",
      "edad~",
      "grupo~ de edad",
      "возраст~",
      "varsta",
      "starost",
      "старост",
      "العمر",
      "الفئه العمري~",
      "tranche~ d age",
    ]),
  ],
  [
    "migratory-status",
    wordPattern([
      "migratory status",
      "migrant status",
      "migration status",
      "immigrant status",
      "immigration status",
      "statut d immigr~",
      "status d immigr~",
      "statut migratoire",
      "situacion migratoria",
      "condicion migratoria",
      "estatus migratorio",
      "миграционн~ статус~",
      "statut~ migrator~",
      "migracioni status",
      "residence status",
      "statut de sejour",
      "autorisation~ de residence",
      "autorisation~ de sejour",
      "الوضع الهجري",
    ]),
  ],
  [
    "country",
    wordPattern([
      "nationalit~",
      "nacionalidad~",
      "citizenship",
      "country",
      "countries",
      "pais~",
      "pays",
      "гражданство",
      "страна",
      "страны",
      "cetatenie",
      "drzavljanstvo",
      "الجنسي~",
      "البلد",
    ]),
  ],
  [
    "time",
    wordPattern([
      "year~",
      "time",
      "tiempo",
      "temps",
      "время",
      "ano",
      "anos",
      "annee~",
      "periodo~",
      "period~",
      "periode~",
      "date",
      "fecha",
      "quarter",
      "trimestre~",
      "month",
      "mes",
      "mois",
      "год",
      "период",
      "квартал",
      "an",
      "anul",
      "godina",
      "السنه",
      "العام",
    ]),
  ],
  [
    "occupation",
    wordPattern([
      "occupation~",
      "ocupacion~",
      "profession~",
      "sector~",
      "industry",
      "industries",
      "rama~ de actividad",
      "secteur~",
      "профессия",
      "отрасль",
      "вид~ экономической деятельности",
      "zanimanje",
      "ocupatie",
      "المهن~",
    ]),
  ],
  [
    "education",
    wordPattern([
      "education~",
      "educational attainment",
      "nivel~ educativo~",
      "nivel~ de estudios",
      "niveau~ d etudes",
      "niveau~ de scolarite",
      "scolarite",
      "diplome~",
      "образование",
      "obrazovanje",
      "التعليم",
    ]),
  ],
  [
    "duration",
    wordPattern(["duration", "duracion", "duree", "продолжительность", "срок~", "trajanje"]),
  ],
  [
    "urban-rural",
    wordPattern(["urban rural", "area de residencia", "zona~", "milieu", "местность", "الحضر"]),
  ],
  [
    "reason",
    wordPattern([
      "reason~",
      "motif~",
      "motivo~",
      "причин~",
      "цел~ въезда",
      "motiv~",
      "razlog~",
      "السبب",
    ]),
  ],
];

/**
 * A nationality column with this few categories that are not countries ("Española",
 * "Extranjera", "UE") splits by migratory status; with more, they are countries the lists miss.
 */
export const MAX_STATUS_CATEGORIES = 6;

/** The breakdown a header names ("Sexo" → sex, "Provincia" → region), if any. */
export function kindNamedByHeader(header: string): Kind | undefined {
  if (header.trim() === "") return undefined;
  if (isRegionHeader(header)) return "region";
  const norm = normalizeText(header);
  for (const [kind, re] of HEADER_WORDS) if (re.test(norm)) return kind;
  return undefined;
}

/** Code sets that stand for one breakdown: every non-total value of the column is one of them. */
const CODE_SETS: readonly [Kind, ReadonlySet<string>][] = [
  ["sex", new Set(["m", "f"])],
  ["sex", new Set(["h", "m"])],
  ["sex", new Set(["h", "f"])],
  ["sex", new Set(["v", "m"])],
  ["sex", new Set(["b", "f"])],
  ["sex", new Set(["m", "z"])],
  ["sex", new Set(["м", "ж"])],
  ["urban-rural", new Set(["u", "r"])],
  ["urban-rural", new Set(["г", "с"])],
];

/** The breakdown a column of short codes makes ("M", "F", "T" → sex), if any. */
export function kindOfCodes(values: readonly string[]): Kind | undefined {
  const codes = new Set(
    values
      // SDMX's special codes ("_T" total, "_Z" not applicable, "_U" unknown) are no categories.
      .filter((v) => !isTotalLabel(v) && !v.trim().startsWith("_"))
      .map((v) => normalizeText(v)),
  );
  codes.delete("t");
  if (codes.size < 2) return undefined;
  for (const [kind, set] of CODE_SETS) if ([...codes].every((c) => set.has(c))) return kind;
  return undefined;
}

/** A label the vocabulary reads as a category ("Urban", "Males") is no place name. */
const namesCategory = (label: string) => vocabKindsOf(label).length > 0;

const isKnownPlace = (label: string) =>
  lookupPlace(label)?.kind === "country" || isSubnationalRegion(label);

/** Labels longer than this are sentences or notes, not categories… */
const MAX_CATEGORY_CHARS = 60;
/**
 * …unless most are short: a few long category names ("Certificat ou diplôme d'un collège, d'un
 * cégep ou d'un autre établissement non universitaire") among short ones still make a list.
 */
export const MAX_LONG_CATEGORY_SHARE = 0.5;
/** A sub-national column needs at least this many distinct place-like labels… */
export const MIN_REGION_LABELS = 5;
/** …or this many when one of them is a known country or region. */
export const MIN_REGION_LABELS_BESIDE_KNOWN = 2;
/** …making at least this share of its labels. */
export const MIN_REGION_SHARE = 0.8;
const PLACE_LIKE_RE = /^[\p{L}][\p{L}\p{M} .,'’()\-–/]*$/u;

// "11 Seoul", "01 - Almería", "75 Paris": a statistical office's code before the unit's name.
const UNIT_CODE_RE = /^\d{1,6}\s*[-–.:]?\s+(?=\p{L})/u;
const withoutUnitCode = (label: string) => label.trim().replace(UNIT_CODE_RE, "");

/**
 * The breakdown a label column makes by its header alone, when its values look like categories
 * of that kind: short, several distinct ones; for regions, several distinct place-like names.
 */
export function kindOfHeaderedColumn(
  header: string,
  distinctValues: readonly string[],
): Kind | undefined {
  const kind = kindNamedByHeader(header);
  if (kind === undefined) return undefined;
  const values = distinctValues.filter((v) => !isTotalLabel(v));
  if (values.length < 2) return undefined;
  const long = values.filter((v) => v.length > MAX_CATEGORY_CHARS).length;
  if (long > values.length * MAX_LONG_CATEGORY_SHARE) return undefined;
  if (kind === "region") {
    if (long > 0) return undefined;
    const names = values.map(withoutUnitCode);
    const places = names.filter((v) => PLACE_LIKE_RE.test(v) && !namesCategory(v));
    // Fewer units will do beside a known place: the nation's total row ("España | Cantabria").
    const enough = names.some(isKnownPlace) ? MIN_REGION_LABELS_BESIDE_KNOWN : MIN_REGION_LABELS;
    return places.length >= enough && places.length >= MIN_REGION_SHARE * values.length
      ? "region"
      : undefined;
  }
  if (kind === "country")
    return values.length <= MAX_STATUS_CATEGORIES ? "migratory-status" : "country";
  return kind;
}

/**
 * Headers of a long-format table's indicator column: World Bank "Indicator Name" (in any
 * language), SDMX-CSV "INDICATOR"/"SERIES", UN data-explorer "SeriesDescription", Eurostat
 * "INDIC_MG"/"INDIC_DE", UNHCR population-statistics "Population type".
 */
const INDICATOR_HEADER_RE = wordPattern([
  "indicator~",
  "indicador~",
  "indicateur~",
  "показател~",
  "indicatorul~",
  "indikator~",
  "المؤشر~",
  "series",
  "series ?description",
  "serie~",
  "measure~",
  "variable~",
  "indic",
  "population type",
]);

/** True when a label column's header says its values are indicator names. */
export function isIndicatorHeader(header: string): boolean {
  return INDICATOR_HEADER_RE.test(normalizeText(header));
}

const SERIES_CODE_RE = /^[A-Z0-9]+(?:[._][A-Z0-9]+)+$/i;

/** Words a measure's name has on average ("Volumen de remesas enviadas al extranjero"); categories have fewer. */
export const MIN_MEASURE_NAME_WORDS = 4;

/**
 * True for an indicator column of long measure names: their words ("al extranjero", "mujeres")
 * describe what is measured, not categories of a breakdown.
 */
export function isMeasureNameColumn(header: string, values: readonly string[]): boolean {
  if (values.length === 0 || !isIndicatorHeader(header)) return false;
  const distinct = [...new Set(values)];
  // Series codes ("SERIE_TEMPORAL.VC_HTF_DETV"): their parts are no category words either.
  if (distinct.every((v) => SERIES_CODE_RE.test(v.trim()))) return true;
  const words = distinct.reduce((n, v) => n + v.trim().split(/\s+/).length, 0);
  return words / distinct.length >= MIN_MEASURE_NAME_WORDS;
}

// "Definition", "Notes", "Observaciones", «Примечание»: a column that describes rows.
const NOTE_HEADER_RE = wordPattern(
  [
    "definition~",
    "description",
    "note~",
    "comment~",
    "remark~",
    "observacion~",
    "nota~",
    "commentaire~",
    "remarque~",
    "примечани~",
    "комментари~",
    "observati~",
    "napomen~",
    "ملاحظ~",
  ],
  { atStart: true },
);
/** Sentences this many words long on average describe rows; labels are shorter. */
export const MIN_NOTE_AVERAGE_WORDS = 8;
// A sentence ends with a full stop; indicator names ("… (% of GDP)") do not.
const SENTENCE_END_RE = /[.!?。]["'»”)]?$/u;

/**
 * True for a label column that describes its rows rather than naming them: a notes header, or
 * values that are all sentences. Its words say nothing about what the table counts.
 */
export function isNoteColumn(header: string, values: readonly string[]): boolean {
  if (NOTE_HEADER_RE.test(normalizeText(header))) return true;
  if (values.length === 0 || isIndicatorHeader(header)) return false;
  if (!values.every((v) => SENTENCE_END_RE.test(v.trim()))) return false;
  const words = values.reduce((n, v) => n + v.trim().split(/\s+/).length, 0);
  return words / values.length >= MIN_NOTE_AVERAGE_WORDS;
}
