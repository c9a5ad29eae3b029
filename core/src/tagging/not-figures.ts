/**
 * Numbers that stand in text but are no figures of a count: version numbers, dotted codes
 * (SDG indicator numbers, "2.a"), and whole dates. Page-mention selection asks these before a
 * number counts as a figure near a mention.
 */

/**
 * A version number is no figure: "Creative Commons … 3.0 Unported", "CC BY 4.0", "version 2.1",
 * "v3.2" (a licence line glued to a menu let its vague words through).
 */
const VERSION_BEFORE_RE =
  /(?:\bv\.?|\bversion|\bversi[oó]n|\bверсия|\bCC[ -]BY(?:-[A-Z]{2})*|\bGPL(?:v)?)\s*$/i;
const VERSION_AFTER_RE = /^\s*(?:Unported|International|Generic|licen[cs]e|\(CC)/i;
const VERSION_NUMBER_RE = /^\d+(?:\.\d+)+$/;

/**
 * A whole date (day, month name, year: "2 mars 2020", "April 21, 2022", «5 мая 2021») stamps a
 * publication or an event, as clock times do: its numbers are no figure. A year alone ("in
 * 2023") still is.
 */
const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" +
  "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|" +
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|" +
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
  "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|" +
  "januara?|februara?|marta?|aprila?|maja?|juna?|jula?|avgusta?|septemb(?:ar|ra)|oktob(?:ar|ra)|novemb(?:ar|ra)|decemb(?:ar|ra)|" +
  "јануара?|фебруара?|марта?|априла?|маја?|јуна?|јула?|августа?|септемб(?:ар|ра)|октоб(?:ар|ра)|новемб(?:ар|ра)|децемб(?:ар|ра)|" +
  "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر";
const DAY_MONTH_YEAR = `\\d{1,2}(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+)?\\d{4}`;
const MONTH_DAY_YEAR = `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`;
/** A whole date starting at the figure, or ending with it (the year). */
const DATE_FROM_RE = new RegExp(`^(?:${DAY_MONTH_YEAR})(?!\\d)`, "iu");
const DATE_TO_RE = new RegExp(`(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})$`, "iu");
const MONTH_BEFORE_DAY_RE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?\\s+$`, "iu");
const DAY_YEAR_AFTER_RE = /^(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/u;
/** How far around a figure a date is looked for. */
const DATE_REACH = 24;

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** An ASCII digit at `i`, as `\d` matches with or without the u flag. */
function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/**
 * Each date regex runs only where its cheap precondition holds (the month alternation, run at
 * every figure, was half of the page's mention selection): a date from the figure starts with a
 * day of one or two digits, a date up to it ends with a four-digit year after a non-digit.
 */
export function isWholeDate(text: string, at: number, figure: string): boolean {
  const end = at + figure.length;
  const dayFirst = isDigitAt(text, at) && !(isDigitAt(text, at + 1) && isDigitAt(text, at + 2));
  if (dayFirst && DATE_FROM_RE.test(text.slice(at, at + DATE_REACH))) return true;
  const from = Math.max(0, at - DATE_REACH);
  const yearLast =
    end - 5 >= from &&
    !isDigitAt(text, end - 5) &&
    isDigitAt(text, end - 4) &&
    isDigitAt(text, end - 3) &&
    isDigitAt(text, end - 2) &&
    isDigitAt(text, end - 1);
  if (yearLast && DATE_TO_RE.test(text.slice(from, end))) return true;
  return (
    DAY_YEAR_AFTER_RE.test(text.slice(end, end + 8)) &&
    MONTH_BEFORE_DAY_RE.test(text.slice(Math.max(0, at - 12), at))
  );
}

/**
 * A dotted code is no figure either: SDG targets and indicators ("10.7.4", "17.3.2", "10.c.1"),
 * section numbers. Thousands groups ("1.234.567") are figures: every group after the first has
 * three digits. Nor is the number of a goal, target or indicator after its label ("Target
 * 5.2", «Потциљ 5.2», "SDG 10", "Objetivo 10"), as SDG sites print them above the text.
 */
const SDG_LABEL_BEFORE_RE =
  /(?:^|[^\p{L}])(?:goal|target|indicator|sdg|objecti(?:f|ve)|cible|indicateur|odd|objetivo|meta|indicador|ods|цель|задача|показатель|индикатор|цур|obiectiv(?:ul)?|[tț]inta|indicatorul|cilj|podcilj|indikator|циљ|потциљ|цор|الهدف|الغاية|المؤشر)[\s\u00A0:]*$/iu;
const DOTTED_CODE_RE = /^\d+(?:\.\d+){2,}$/;
const THOUSANDS_RE = /^\d{1,3}(?:\.\d{3})+$/;
const LETTER_CODE_AFTER_RE = /^\.[a-z](?:\.\d+)?(?![\p{L}\d])/u;
const LETTER_CODE_BEFORE_RE = /\d\.[a-z]\.$/;

export function isDottedCode(text: string, at: number, figure: string): boolean {
  if (DOTTED_CODE_RE.test(figure)) return !THOUSANDS_RE.test(figure);
  const end = at + figure.length;
  return (
    LETTER_CODE_AFTER_RE.test(text.slice(end, end + 8)) ||
    LETTER_CODE_BEFORE_RE.test(text.slice(Math.max(0, at - 6), at)) ||
    SDG_LABEL_BEFORE_RE.test(text.slice(Math.max(0, at - 16), at))
  );
}

export function isVersionNumber(text: string, at: number, figure: string): boolean {
  if (
    VERSION_NUMBER_RE.test(figure) &&
    VERSION_AFTER_RE.test(text.slice(at + figure.length, at + figure.length + 16))
  )
    return true;
  return VERSION_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * Nor is a number that names a thing after its label: a law's article or title ("Article 14",
 * "Title 42 expulsions", «статья 322»), a section or chapter, a resolution, a TV channel
 * ("Channel 4 News"). The number counts nothing.
 */
const NUMBERING_LABEL_BEFORE_RE =
  /(?:^|[^\p{L}])(?:art(?:icle|[ií]culo|icolul|\.)|title|titre|t[ií]tulo|section|secci[oó]n|chapter|chapitre|cap[ií]tulo|paragraph|paragraphe|p[áa]rrafo|resolution|r[ée]solution|resoluci[oó]n|channel|cha[iî]ne|canal|статья|статьи|статье|статьей|пункт|пункта|глава|главы|раздел|резолюция|резолюции|канал|član|члан|المادة|الفقرة|القرار|الفصل)[\s\u00A0]*$/iu;
const LABEL_NUMBER_RE = /^\d{1,4}$/;

export function isNumberingLabel(text: string, at: number, figure: string): boolean {
  return (
    LABEL_NUMBER_RE.test(figure) &&
    NUMBERING_LABEL_BEFORE_RE.test(text.slice(Math.max(0, at - 14), at))
  );
}

/**
 * Nor is a count of places: "expanded its visa bond policy to include 25 additional countries
 * … to reduce visa overstays and immigration", "flights to 192 nations", «en 20 países», «из
 * 15 стран». It says how many countries, states or cities a measure touches, not how many
 * people or how much money: a vague word in its sentence ("immigration") reports nothing by it.
 */
const PLACES_AFTER_RE =
  /^\s+(?:(?:additional|other|more|different|new|eu|member|african|european|asian|partner|otros|otras|autres|других)\s+){0,2}(?:countries|nations|(?:member\s+)?states|cities|provinces|territories|pa[ií]ses|naciones|estados|ciudades|pays|nations|[ée]tats|villes|стран[а-я]*|государств[а-я]*|городах|городов|țări|tari|zemal?ja|земаља|دول|دولة|بلدا?ن?)(?![\p{L}])/iu;
/** How far after the number the place word is looked for. */
const PLACES_REACH = 48;

export function isCountOfPlaces(text: string, at: number, figure: string): boolean {
  const end = at + figure.length;
  // Cheap precondition: a plain number followed by a space (most figures are not counts of places).
  return (
    /^[\d\u0660-\u0669][\d\u0660-\u0669,.\u00A0 ]*$/.test(figure) &&
    /\s/u.test(text.charAt(end)) &&
    PLACES_AFTER_RE.test(text.slice(end, end + PLACES_REACH))
  );
}
