/**
 * Words that say whether a table counts events over a period (a flow: arrivals, permits issued,
 * workers deployed "during the year") or people at a point in time (a stock: residents "as of
 * 31 December", migrants "living" abroad). They settle a stock and a flow indicator that the
 * labels name about equally (stock-or-flow.ts). Normalised (normalize.ts), seven languages.
 */
import { normalizeText } from "../text/normalize";

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
/** Each cue's first word: a cue can only be found in texts that hold this word. */
const FIRST_WORDS: readonly string[] = CUES.map(({ cue }) => cue.split(" ")[0] ?? cue);
/** Joins the padded texts: no cue holds it, so no match spans two texts. */
const TEXT_SEPARATOR = "\n";

/** The cues found in `texts` (labels of one table), each cue once, in list order. */
export function measureCuesIn(texts: readonly string[]): MeasureCue[] {
  const padded = texts.map((t) => ` ${normalizeText(t)} `);
  // A cue is searched for only when its first word stands between spaces in the texts, which
  // any match needs: searching every cue in every text was a quarter of table detection on a
  // page of 200 small tables.
  const joined = padded.join(TEXT_SEPARATOR);
  const words = new Set(joined.split(" "));
  const found = CUES.filter(
    (_, i) => words.has(FIRST_WORDS[i] ?? "") && joined.includes(PADDED_CUES[i] ?? ""),
  );
  if (padded.some((t) => IN_YEAR_RE.test(t.trim())))
    found.push({ kind: "period", cue: "in <year>" });
  return found;
}
