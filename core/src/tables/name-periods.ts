/**
 * Periods named by a sheet or file name, the last place a table's year is read from when its
 * headers, rows and title name none: "residencias_4_2019", "migr_imm1ctz_2013", and the
 * month-and-two-digit-year stamps of publication series ("NRM referrals Dec 23" → 2023).
 */
import { foldForMonths, monthOfWord } from "./month-names";
import { parsePeriods, type Period } from "./period-parse";

/** Two-digit years after a month name are read in this century. */
const CENTURY = 2000;
// "Dec 23", "dec-2023" is parsePeriods' own; "Dec_23", "Dec'23": a word, then two digits alone.
const MONTH_SHORT_YEAR_RE = /(\p{L}+)[\s_\-.']*(\d{2})(?!\d)/gu;

/** The month and year of "Dec 23" stamps in a name, when the word before the digits is a month. */
function monthShortYears(name: string): Period[] {
  const out: Period[] = [];
  for (const m of foldForMonths(name).matchAll(MONTH_SHORT_YEAR_RE)) {
    const month = monthOfWord(m[1] ?? "");
    const before = m.index === 0 ? "" : name.charAt(m.index - 1);
    // A word glued to letters before it ("Novi23") is no month.
    if (month !== undefined && !/\p{L}/u.test(before))
      out.push({ year: CENTURY + Number(m[2]), month });
  }
  return out;
}

/**
 * The periods a name states, as years: a stamp says when the data stood ("Dec 23"), not that
 * the table is monthly. Empty when the name names none.
 */
export function periodsOfName(name: string): Period[] {
  const direct = parsePeriods(name).periods;
  const found = direct.length > 0 ? direct : monthShortYears(name);
  return found.map((p) => ({ year: p.year }));
}
