/**
 * Cards: at least CARD_MIN_SIBLINGS sibling blocks of one tag and class, each holding a single
 * link that is most of its text, are one list (a goal page's indicator titles, a grid of
 * teasers), though each alone has too few links for boilerplate.ts's list rule.
 */
import type { BoilerplateElement, BoilerplateKind, LinkTally } from "./boilerplate";
import { collapsedLength } from "./collapsed-length";
import type { Steps } from "./steps";

const CARD_MIN_SIBLINGS = 3;
/** A card's link is at least this share of its text (its number and status label are the rest). */
const CARD_LINK_DENSITY = 0.5;
/** Blocks looked at between two steps, as in findBoilerplateInSteps. */
const CARDS_PER_STEP = 128;

/**
 * Cards (CARD_MIN_SIBLINGS): single-link blocks grouped by parent, tag and class; in groups
 * large enough, each whose link is most of its text is handed to `markOne`. Only blocks met
 * by the class query are grouped, and text is read only in large groups.
 */
export function* markCards(
  tallies: ReadonlyMap<BoilerplateElement, LinkTally>,
  candidates: ReadonlySet<BoilerplateElement>,
  kinds: ReadonlyMap<BoilerplateElement, BoilerplateKind>,
  markOne: (el: BoilerplateElement) => Steps<void>,
): Steps<void> {
  const groups = new Map<BoilerplateElement, Map<string, BoilerplateElement[]>>();
  let looked = 0;
  // Blocks both tallied and candidates, from the smaller list (a page of one-link paragraphs
  // without classes tallies 12,000 blocks and has no candidate).
  const both =
    candidates.size < tallies.size
      ? [...candidates].filter((el) => tallies.has(el))
      : [...tallies.keys()].filter((el) => candidates.has(el));
  for (const el of both) {
    if (++looked % CARDS_PER_STEP === 0) yield;
    if (tallies.get(el)?.links !== 1 || kinds.has(el)) continue;
    const parent = el.parentElement;
    if (parent === null || kinds.has(parent)) continue;
    const key = `${el.localName} ${el.getAttribute("class") ?? ""}`;
    let byKey = groups.get(parent);
    if (byKey === undefined) groups.set(parent, (byKey = new Map<string, BoilerplateElement[]>()));
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [el]);
    else group.push(el);
  }
  for (const byKey of groups.values())
    for (const group of byKey.values()) {
      if (group.length < CARD_MIN_SIBLINGS) continue;
      for (const el of group) {
        if (++looked % CARDS_PER_STEP === 0) yield;
        const total = collapsedLength(el.textContent ?? "");
        if (total > 0 && (tallies.get(el)?.linked ?? 0) / total >= CARD_LINK_DENSITY)
          yield* markOne(el);
      }
    }
}
