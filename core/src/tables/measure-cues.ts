/**
 * Words that say whether a table counts events over a period (a flow: arrivals, permits issued,
 * workers deployed "during the year") or people at a point in time (a stock: residents "as of
 * 31 December", migrants "living" abroad). They settle a stock and a flow indicator that the
 * labels name about equally (stock-or-flow.ts). Normalised (normalize.ts), seven languages.
 * One day-and-month date in a label ("on December 31st", «на 1 января») is a time point in any
 * language; how often a series is published ("annual") is no cue either way.
 */
import { normalizeText } from "../text/normalize";
import { onFirstUse } from "../text/on-first-use";
import { placeNames } from "./country-names";
import { monthOfWord } from "./month-names";
import { memoizeByString } from "./string-memo";

export type MeasureCueKind = "period" | "time-point";

export interface MeasureCue {
  kind: MeasureCueKind;
  /** The cue as the catalogue of cues writes it (normalised). */
  cue: string;
}

const PERIOD_CUES = `
during the year|during|in the course of|per year|per annum|issued|granted|registered
arrivals|arrived|departures|departed|inflow|inflows|outflow|outflows|entries|deployed|deployment
newly|new|first time|over the year|throughout the year|in the year|within the year|became effective|took effect
admissions|admitted|issuance|issuances|fiscal year|fiscal years|financial year|annee fiscale|ano fiscal
admis|admises|admisiones|admitidos|admitidas|финансовый год|финансовые годы
au cours de l annee|au cours de|pendant l annee|delivres|accordes|enregistres|entrees|arrivees
sorties|flux|par an|nouveaux|premiers titres
durante el ano|durante|en el curso de|concedidos|otorgados|expedidos|registrados|entradas
llegadas|salidas|flujos|por ano|nuevos
в течение года|в течение|за год|выдано|выданных|прибывшие|прибывших|выбывшие|выбывших
прибыло|выбыло|зарегистрировано|поток|потоки
in cursul anului|in cursul|eliberate|acordate|inregistrate|intrari|sosiri|plecari|fluxuri
tokom godine|tokom|izdato|izdate|odobreno|registrovano|dolasci|odlasci|tokovi
خلال العام|خلال السنه|خلال|الممنوحه|الصادره|المسجله|الوافدين|القادمين|المغادرين|تدفقات
`;

const TIME_POINT_CUES = `
as of|as at|at the end of|end of year|end of the year|year end|yearend|resident|residents|residing
living|stock|stocks|population|valid|in force|currently|mid year|present|holders
en fin d annee|fin d annee|residant|residents|titulaires|detenteurs
vivant|stock|en cours de validite|valides|population
a fin de ano|residentes|titulares
residiendo|viviendo|vigentes|poblacion|stock
на конец года|на начало года|проживающие|проживающих|численность
постоянно проживающие|население|действующие
la sfarsitul anului|rezidenti|care locuiesc|stoc|populatia|valabile|titulari
na dan 31 decembra|na dan 1 januara|na kraju godine|sa prebivalistem|koji zive|stanovnistvo
vazece|imaoci
في نهايه العام|المقيمين|المقيمون|يعيشون|رصيد|السكان|ساريه
`;

function cueList(block: string): string[] {
  return block
    .split(/[|\n]/)
    .map((c) => normalizeText(c))
    .filter((c) => c !== "");
}

/** "in 2023", "en 2023", "за 2023", "în 2023", "u 2023", "في 2023": a year as a period. */
const IN_YEAR_RE =
  /(?:^| )(?:in|en|during|durante|за|в|u|tokom|في|pendant)(?: the)? (?:19|20)\d\d(?: |$)/;

/**
 * Words before a date that make it the end of a period ("fiscal year ending 30 June",
 * «финансовый год, заканчивающийся 30 июня»), not a time point.
 */
const periodEndWords = onFirstUse(
  () =>
    new Set(
      cueList(
        "ending|ended|ends|заканчивающийся|заканчивающегося|закончившийся|оканчивающийся|terminado|clos",
      ),
    ),
);

/**
 * Words after a flow that heads a label ("Admissions of permanent residents"): what follows
 * qualifies the people counted, so its time-point words ("residents", "holders") date nothing.
 */
const HEAD_OF_WORDS = new Set(["of", "de", "des", "du", "del", "d"]);

/** A day of the month as written beside its month: "31", "31st", "1er", "1o". */
const DAY_RE = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|o|go|е|го)?$/;
/** A day number of an earlier date: "1" in "1 31 december" is a range, no time point. */
const isDay = (w: string | undefined) => w !== undefined && DAY_RE.test(w);

/**
 * The one day-and-month date of a text ("31 december", "december 31st", «1 января»), or
 * undefined when it has none or several: a single date is a time point (a stock "at 31
 * December", whatever the preposition), two are the ends of a period.
 */
function singleDate(words: readonly string[]): string | undefined {
  const dates: string[] = [];
  words.forEach((w, i) => {
    if (monthOfWord(w) === undefined) return;
    // Spanish writes "1 de enero".
    const at = words[i - 1] === "de" ? i - 2 : i - 1;
    const before = words[at];
    const after = words[i + 1];
    const ends = periodEndWords();
    if (ends.has(words[at - 1] ?? "") || ends.has(words[i - 1] ?? "")) return;
    if (isDay(before) && !isDay(words[at - 1])) dates.push(`${before} ${w}`);
    // After the month a bare number may be a year ("Dec 23"): a day has its suffix or a year after it.
    else if (isDay(after) && (/\D$/.test(after ?? "") || /^\d{4}$/.test(words[i + 2] ?? "")))
      dates.push(`${w} ${after}`);
  });
  return dates.length === 1 ? dates[0] : undefined;
}

interface CueIndex {
  cues: readonly MeasureCue[];
  /** Each cue between spaces, so that it matches whole words only. */
  padded: readonly string[];
  /** Indexes of the cues by their first word: a cue can only be in a text holding that word. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
}

/**
 * The cues, normalised on first use: normalising them at load compiled normalizeText's Unicode
 * regexes in the content script's injection task (~15 ms at 4× CPU), on pages with no table.
 */
const cueIndex = onFirstUse((): CueIndex => {
  const cues: MeasureCue[] = [
    ...cueList(PERIOD_CUES).map((cue) => ({ kind: "period" as const, cue })),
    ...cueList(TIME_POINT_CUES).map((cue) => ({ kind: "time-point" as const, cue })),
  ];
  const byFirstWord = new Map<string, number[]>();
  cues.forEach(({ cue }, i) => {
    const first = cue.split(" ")[0] ?? cue;
    const list = byFirstWord.get(first);
    if (list) list.push(i);
    else byFirstWord.set(first, [i]);
  });
  return { cues, padded: cues.map(({ cue }) => ` ${cue} `), byFirstWord };
});

/**
 * What one text holds: its cues (indexes into CUES, ascending), whether it says "in <year>" and
 * its one date, if it names exactly one.
 */
interface CuesOfText {
  cues: readonly number[];
  inYear: boolean;
  date: string | undefined;
}

const isPeriod = (index: CueIndex, i: number) => index.cues[i]?.kind === "period";

/** Per cue, the country names holding it as a word ("new" in " new zealand "), padded. */
const countriesHoldingCue = new Map<number, readonly string[]>();

function countriesHolding(index: CueIndex, i: number): readonly string[] {
  const known = countriesHoldingCue.get(i);
  if (known !== undefined) return known;
  const cue = index.padded[i] ?? "";
  const names: string[] = [];
  for (const [name, match] of placeNames()) {
    const padded = ` ${name} `;
    if (match.kind === "country" && padded !== cue && padded.includes(cue)) names.push(padded);
  }
  countriesHoldingCue.set(i, names);
  return names;
}

/**
 * Whether cue `i` is in `padded` outside country names: "Australia and New Zealand" heads a
 * column of workers by country of birth and says nothing of new arrivals.
 */
function holdsCue(padded: string, index: CueIndex, i: number): boolean {
  const cue = index.padded[i] ?? "";
  if (!padded.includes(cue)) return false;
  let rest = padded;
  for (const name of countriesHolding(index, i)) {
    if (rest.includes(name)) rest = rest.split(name).join(" ");
  }
  if (!PERIOD_END_BEFORE_MONTH.has(index.cues[i]?.cue ?? "")) return rest.includes(cue);
  return rest
    .split(cue)
    .slice(1)
    .some((after) => monthOfWord(after.split(" ")[0] ?? "") === undefined);
}

/**
 * Time-point cues that end a period when a month follows: "applications - year end dec 2023"
 * counts the year ending in December (UK Home Office usage), not a stock at the end of it.
 */
const PERIOD_END_BEFORE_MONTH = new Set(["year end"]);

/** Whether the text's first cue is a period cue followed by "of" (HEAD_OF_WORDS). */
function headedByFlow(padded: string, cues: readonly number[], index: CueIndex): boolean {
  let first: { at: number; i: number } | undefined;
  for (const i of cues) {
    const at = padded.indexOf(index.padded[i] ?? "");
    if (first === undefined || at < first.at) first = { at, i };
  }
  if (first === undefined || !isPeriod(index, first.i)) return false;
  const rest = padded.slice(first.at + (index.padded[first.i] ?? "").length);
  return HEAD_OF_WORDS.has(rest.split(" ")[0] ?? "");
}

/**
 * Each distinct text is read once: a page's tables repeat their headers and a title is also the
 * sheet name. A cue never spans two texts, so the cues of several texts are those of each.
 */
const cuesOfText = memoizeByString((text): CuesOfText => {
  const normal = normalizeText(text);
  const padded = ` ${normal} `;
  const words = normal.split(" ");
  const index = cueIndex();
  const cues: number[] = [];
  for (const word of new Set(words)) {
    for (const i of index.byFirstWord.get(word) ?? []) {
      if (holdsCue(padded, index, i)) cues.push(i);
    }
  }
  return {
    cues: (headedByFlow(padded, cues, index) ? cues.filter((i) => isPeriod(index, i)) : cues).sort(
      (a, b) => a - b,
    ),
    inYear: IN_YEAR_RE.test(normal),
    // A date has a day number: most labels have no digit and skip the month look-ups.
    date: /\d/.test(normal) ? singleDate(words) : undefined,
  };
});

/** The cues found in `texts` (labels of one table), each cue once, in list order. */
export function measureCuesIn(texts: readonly string[]): MeasureCue[] {
  const found = new Set<number>();
  const dates = new Set<string>();
  let inYear = false;
  for (const text of texts) {
    const of = cuesOfText(text);
    for (const i of of.cues) found.add(i);
    inYear ||= of.inYear;
    if (of.date !== undefined) dates.add(of.date);
  }
  const all = cueIndex().cues;
  const cues = [...found].sort((a, b) => a - b).flatMap((i) => all[i] ?? []);
  if (inYear) cues.push({ kind: "period", cue: "in <year>" });
  for (const date of dates) cues.push({ kind: "time-point", cue: date });
  return cues;
}
