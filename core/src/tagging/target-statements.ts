/**
 * Numbers that look like figures but report nothing about the page's indicators:
 * - an ordinal ("the 14th Amendment", «le 2e trimestre», «el 3.º informe», «14-й съезд»);
 * - a number joined to a word by a hyphen: part of a name ("Covid-19", "G-20", "MH-17");
 * - any number inside a target statement, SDG style: a line or sentence that opens with a
 *   deadline ("By 2030, reduce to less than 3 per cent the transaction costs of migrant
 *   remittances", «D'ici à 2030, …», «К 2030 году …», "Do 2030. godine …», «بحلول عام 2030»),
 *   after its code at most ("10.c", "Target 10.c:"). The year is a deadline and the percentages
 *   are goals, so they lend no figure to the statement's words or to a title next to it;
 * - the code that opens such a line ("8.8 Protect labour rights … including migrant workers",
 *   "10.7 Facilitate orderly … migration"): a target's number before its text.
 */

/** How far back the start of a statement is looked for, in characters. */
const STATEMENT_REACH = 320;

let ordinalAfterRe: RegExp | undefined;
/** The suffix of an ordinal right after its digits; built on first use (`\p{L}` at load costs). */
function ordinalAfter(): RegExp {
  return (ordinalAfterRe ??=
    /^(?:st|nd|rd|th|er|re|e|ème|eme|è|nde?|\.?º|\.?ª|-?(?:й|го|я|му|м|ый|ая|ое|lea|a))(?![\p{L}\d])/u);
}

/** True for a number written as an ordinal. */
export function isOrdinal(text: string, at: number, figure: string): boolean {
  const end = at + figure.length;
  return /^\d+$/.test(figure) && ordinalAfter().test(text.slice(end, end + 5));
}

let nameBeforeRe: RegExp | undefined;
/** Words that date what follows them ("mid-2023", «mi-2022»): the year is still a date. */
const DATING_WORD_RE =
  /^(?:mid|pre|post|early|late|end|mi|fin|d[ée]but|inicios|finales|mediados)$/i;

/** True for a number glued by a hyphen to the word before it ("Covid-19"), not "mid-2023". */
export function isNamedNumber(text: string, at: number): boolean {
  const hyphen = text.charCodeAt(at - 1);
  if (hyphen !== 0x2d && hyphen !== 0x2010 && hyphen !== 0x2011) return false;
  nameBeforeRe ??= /\p{L}+$/u;
  const word = nameBeforeRe.exec(text.slice(Math.max(0, at - 13), at - 1))?.[0];
  return word !== undefined && !DATING_WORD_RE.test(word);
}

/**
 * A target's code or label, then a deadline year, then the goal's verb (a lower-case word:
 * "reduce", «réduire», «сократить»), at the start of a statement.
 */
let deadlineRe: RegExp | undefined;
function deadlineStart(): RegExp {
  return (deadlineRe ??= new RegExp(
    `^\\s*${TARGET_LABEL}(?:by|d['’]ici(?:\\s+(?:à|a))?|de\\s+aqu[ií]\\s+a|para|hasta|к|до|până\\s+(?:în|la)|pana\\s+(?:in|la)|do|bis)\\s+(?:(?:el|l['’]an|году|godine|anul)\\s+)?20[2-9]\\d(?!\\d)\\.?(?:\\s+(?:году|godine|године|god\\.))?,?\\s+(\\p{L}[\\p{L}'’-]*)`,
    "iu",
  ));
}

/**
 * Words that open a sentence about the future, not a goal: "By 2030, the number of migrants
 * will …", "By 2030 nearly 300 million …".
 */
const NOT_A_GOAL_VERB = new Set(
  (
    "the a an there it its we they this these those some most many more nearly almost about around over " +
    "half all only one le la les il elle ils on ce cette el los las se ha habra"
  ).split(" "),
);
/** Optional "Target 10.c:" / "10.7" / «Потциљ 10.7» before a statement. */
const TARGET_LABEL =
  "(?:(?:target|meta|cible|цель|задача|[tț]int[aă]|cilj|podcilj|циљ|потциљ|الغاية)\\s*)?(?:\\d{1,2}\\.(?:\\d{1,2}|[a-z])\\.?[\\s:.\\u2013-]*)?";

let codeOpeningRe: RegExp | undefined;
/** A two-part code ("8.8", "10.c") followed by a capitalised word. */
function codeOpening(): RegExp {
  return (codeOpeningRe ??= /^\d{1,2}\.(?:\d{1,2}|[a-z])\s+(\p{Lu}\p{L}*)/u);
}
/** Number words, which make "3.6 Million" a figure in a title-case heading. */
const NUMBER_WORD_RE =
  /^(?:millions?|billions?|thousands?|milliards?|millones|mil|миллион\p{L}*|тысяч\p{L}*|млн|milioane|miliona|مليون)$/iu;

/** Where the statement holding `at` starts: after the last line break or sentence end. */
function statementStart(text: string, at: number): number {
  const floor = Math.max(0, at - STATEMENT_REACH);
  for (let k = at - 1; k >= floor; k--) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return k + 1;
    // A sentence end is punctuation and a space; "10.c" and "3.5" have none.
    if ((code === 32 || code === 9 || code === 0xa0) && /[.!?;]/.test(text.charAt(k - 1)))
      return k + 1;
  }
  return floor;
}

/** True when the number at `at` is part of a target statement or opens one as its code. */
export function isInTargetStatement(text: string, at: number): boolean {
  const start = statementStart(text, at);
  const head = text.slice(start, at + 48);
  if (/^\s*$/.test(text.slice(start, at))) {
    const word = codeOpening().exec(text.slice(at, at + 64))?.[1];
    if (word !== undefined && !NUMBER_WORD_RE.test(word)) return true;
  }
  const found = deadlineStart().exec(head);
  const verb = found?.[1] ?? "";
  return /^\p{Ll}/u.test(verb) && !NOT_A_GOAL_VERB.has(verb);
}
