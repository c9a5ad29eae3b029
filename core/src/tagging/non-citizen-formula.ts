/**
 * "Foreign citizens and stateless persons" («иностранные граждане и лица без гражданства»,
 * "étrangers et apatrides", «extranjeros y apátridas») is the law's formula for everyone who is
 * not a citizen: a ministry counts patents or registrations "for foreign citizens and stateless
 * persons" as one group. The stateless words there count no stateless persons of their own.
 */
import type { Mention } from "./mention";

const STATELESS = "stock-stateless";
const FOREIGN_CITIZENS = "stock-foreign-citizens";
/** "and" between the two groups, spaces only around it (Arabic «و» is glued to the next word). */
const AND_RE = /^\s*(?:and|et|y|e|și|si|i|и)\s*$/iu;
const ARABIC_AND = "و";

/** True when mention `i` is the stateless half of the formula, right after foreign citizens. */
export function isNonCitizenFormula(
  text: string,
  mentions: readonly Mention[],
  i: number,
): boolean {
  const m = mentions[i];
  const before = mentions[i - 1];
  if (m === undefined || before === undefined || m.id !== STATELESS) return false;
  if (before.id !== FOREIGN_CITIZENS && !(before.alternatives ?? []).includes(FOREIGN_CITIZENS))
    return false;
  const between = text.slice(before.end, m.start);
  return (
    before.end <= m.start &&
    (AND_RE.test(between) || (between.trim() === "" && m.text.startsWith(ARABIC_AND)))
  );
}
