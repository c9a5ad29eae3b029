/**
 * Month names in the seven catalogue languages, folded (lower case, no accents, ё → е).
 * Whole words only: prefixes would read "decreases" as December and «новые» as November.
 */
import { isAscii } from "../text/normalize";

/** Index 0 is January: full names (en fr es ro sr ar) and common abbreviations. */
const MONTH_WORDS: readonly string[] = [
  "january jan janvier janv enero ene ianuarie ian januar јануар يناير",
  "february feb fevrier fevr fev febrero febr februarie februar фебруар فبراير",
  "march mar mars marzo martie mart март مارس",
  "april apr avril avr abril abr aprilie април ابريل",
  "may mai mayo maj мај مايو",
  "june jun juin junio iunie iun јун يونيو",
  "july jul juillet juil julio iulie iul јул يوليو",
  "august aug aout ago agosto avgust avg август اغسطس",
  "september sep sept septembre septiembre set septembrie septembar септембар سبتمبر",
  "october oct octobre octubre octombrie oktobar okt октобар اكتوبر",
  "november nov novembre noviembre noiembrie noi novembar новембар نوفمبر",
  "december dec decembre diciembre dic decembrie decembar децембар ديسمبر",
];

// Russian month words take case endings: январь, января, январе.
const RUSSIAN_MONTH_RE =
  /^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(ь|я|е|а|й|)$/;
const RUSSIAN_STEMS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((line, i) => line.split(" ").map((w) => [w, i + 1] as const)),
);

/** Folds a word or text the way month names are listed. */
export function foldForMonths(text: string): string {
  // ASCII has no marks, no ё and no Arabic letters: only the case changes.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[أإآ]/g, "ا");
}

/** The month (1–12) a single folded word names, or undefined. */
export function monthOfWord(word: string): number | undefined {
  const w = word.replace(/\.$/, "");
  const direct = MONTH_BY_WORD.get(w);
  if (direct !== undefined) return direct;
  const m = RUSSIAN_MONTH_RE.exec(w);
  if (!m?.[1] || (m[1] === "ма" && m[2] !== "й" && m[2] !== "я" && m[2] !== "е")) return undefined;
  const i = RUSSIAN_STEMS.indexOf(m[1]);
  return i < 0 ? undefined : i + 1;
}
