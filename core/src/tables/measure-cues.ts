/**
 * Words that say whether a table counts events over a period (a flow: arrivals, permits issued,
 * workers deployed "during the year") or people at a point in time (a stock: residents "as of
 * 31 December", migrants "living" abroad). They settle a stock and a flow indicator that the
 * labels name about equally (stock-or-flow.ts). Normalised (normalize.ts), seven languages.
 */
import { normalizeText } from "../text/normalize";
import { memoizeByString } from "./string-memo";

export type MeasureCueKind = "period" | "time-point";

export interface MeasureCue {
  kind: MeasureCueKind;
  /** The cue as the catalogue of cues writes it (normalised). */
  cue: string;
}

const PERIOD_CUES = `
during the year|during|in the course of|per year|per annum|annual|annually|issued|granted|registered
arrivals|arrived|departures|departed|inflow|inflows|outflow|outflows|entries|deployed|deployment
newly|new|first time|over the year|throughout the year|in the year|within the year
au cours de l annee|au cours de|pendant l annee|delivres|accordes|enregistres|entrees|arrivees
sorties|flux|par an|annuel|annuelle|nouveaux|premiers titres
durante el ano|durante|en el curso de|concedidos|otorgados|expedidos|registrados|entradas
llegadas|salidas|flujos|por ano|anual|nuevos
в течение года|в течение|за год|выдано|выданных|прибывшие|прибывших|выбывшие|выбывших
прибыло|выбыло|зарегистрировано|поток|потоки|ежегодно
in cursul anului|in cursul|eliberate|acordate|inregistrate|intrari|sosiri|plecari|fluxuri|anual
tokom godine|tokom|izdato|izdate|odobreno|registrovano|dolasci|odlasci|tokovi|godisnje
خلال العام|خلال السنه|خلال|الممنوحه|الصادره|المسجله|الوافدين|القادمين|المغادرين|تدفقات|سنويا
`;

const TIME_POINT_CUES = `
as of|as at|at the end of|end of year|end of the year|at 31 december|on 31 december|at 1 january
on 1 january|on 1st january|resident|residents|residing|living|stock|stocks|population|valid
in force|currently|mid year|present
au 31 decembre|au 1er janvier|au 1 janvier|en fin d annee|fin d annee|residant|residents
residentes|vivant|stock|en cours de validite|valides|population
a 31 de diciembre|al 31 de diciembre|a 1 de enero|al 1 de enero|a fin de ano|residentes
residiendo|viviendo|vigentes|poblacion|stock
на 1 января|на конец года|на начало года|на 31 декабря|проживающие|проживающих|численность
постоянно проживающие|население|действующие
la 31 decembrie|la 1 ianuarie|la sfarsitul anului|rezidenti|care locuiesc|stoc|populatia|valabile
na dan 31 decembra|na dan 1 januara|na kraju godine|sa prebivalistem|koji zive|stanovnistvo|vazece
في نهايه العام|في 31 ديسمبر|المقيمين|المقيمون|يعيشون|رصيد|السكان|ساريه
`;

function cueList(block: string): string[] {
  return block
    .split(/[|\n]/)
    .map((c) => normalizeText(c))
    .filter((c) => c !== "");
}

const CUES: readonly MeasureCue[] = [
  ...cueList(PERIOD_CUES).map((cue) => ({ kind: "period" as const, cue })),
  ...cueList(TIME_POINT_CUES).map((cue) => ({ kind: "time-point" as const, cue })),
];

/** "in 2023", "en 2023", "за 2023", "în 2023", "u 2023", "في 2023": a year as a period. */
const IN_YEAR_RE =
  /(?:^| )(?:in|en|during|durante|за|в|u|tokom|في|pendant)(?: the)? (?:19|20)\d\d(?: |$)/;

/** Each cue between spaces, so that it matches whole words only. */
const PADDED_CUES: readonly string[] = CUES.map(({ cue }) => ` ${cue} `);
/** Indexes of the cues by their first word: a cue can only be in a text holding that word. */
const CUES_BY_FIRST_WORD = new Map<string, number[]>();
CUES.forEach(({ cue }, i) => {
  const first = cue.split(" ")[0] ?? cue;
  const list = CUES_BY_FIRST_WORD.get(first);
  if (list) list.push(i);
  else CUES_BY_FIRST_WORD.set(first, [i]);
});

/** What one text holds: its cues (indexes into CUES, ascending) and whether it says "in <year>". */
interface CuesOfText {
  cues: readonly number[];
  inYear: boolean;
}

/**
 * Each distinct text is read once: a page's tables repeat their headers and a title is also the
 * sheet name. A cue never spans two texts, so the cues of several texts are those of each.
 */
const cuesOfText = memoizeByString((text): CuesOfText => {
  const padded = ` ${normalizeText(text)} `;
  const cues: number[] = [];
  for (const word of new Set(padded.split(" "))) {
    for (const i of CUES_BY_FIRST_WORD.get(word) ?? []) {
      if (padded.includes(PADDED_CUES[i] ?? "")) cues.push(i);
    }
  }
  return { cues: cues.sort((a, b) => a - b), inYear: IN_YEAR_RE.test(padded.trim()) };
});

/** The cues found in `texts` (labels of one table), each cue once, in list order. */
export function measureCuesIn(texts: readonly string[]): MeasureCue[] {
  const found = new Set<number>();
  let inYear = false;
  for (const text of texts) {
    const of = cuesOfText(text);
    for (const i of of.cues) found.add(i);
    inYear ||= of.inYear;
  }
  const cues = [...found].sort((a, b) => a - b).flatMap((i) => CUES[i] ?? []);
  if (inYear) cues.push({ kind: "period", cue: "in <year>" });
  return cues;
}
