/**
 * Teaser cards: a row of sibling blocks, each a short headline that links to another page
 * (the link inside the heading, the heading inside the link, or Bootstrap's "stretched-link"
 * over the card) with a line of summary under it. The summary keeps each card's link density
 * low, so neither the link-list rule nor the one-link card rule of boilerplate.ts sees them, but
 * three such siblings are a list of other articles ("More on this story", a grid of `<article>`
 * teasers): their figures are those articles', not the page's.
 */
import type { BoilerplateElement, BoilerplateKind, LinkTally } from "./boilerplate";
import { collapsedLength } from "./collapsed-length";

/** At least this many siblings of one tag (and class, but for `<article>`) make a row. */
const TEASER_MIN_SIBLINGS = 3;
/** A teaser is short: its headline and a summary. A longer block is content of its own. */
export const TEASER_MAX_CHARS = 600;
/** A headline that is a link, or a link stretched over the card. */
const TITLE_LINK_SELECTOR = [
  ...["h2", "h3", "h4", "h5", "h6"].flatMap((h) => [`${h} a[href]`, `a[href] ${h}`]),
  "a.stretched-link",
].join(",");

/** A teaser's links: its headline, its picture, its section label. */
const TEASER_MAX_LINKS = 4;

/**
 * What may be a teaser: every `<article>` but the page's own, and blocks with a class that hold
 * one to TEASER_MAX_LINKS links (`tallies`: links counted per block above them).
 */
export function teaserCandidates(
  mains: readonly BoilerplateElement[],
  classed: Iterable<BoilerplateElement>,
  tallies: ReadonlyMap<BoilerplateElement, LinkTally>,
): BoilerplateElement[] {
  const found = mains.filter((el) => el.localName === "article");
  for (const el of classed) {
    const links = tallies.get(el)?.links ?? 0;
    if (links > 0 && links <= TEASER_MAX_LINKS) found.push(el);
  }
  return found;
}

/**
 * The teaser cards among `candidates` (articles, and blocks with a class), grouped by parent,
 * tag and class; blocks already marked, or under a marked parent, are left out.
 */
export function teaserCards(
  candidates: Iterable<BoilerplateElement>,
  kinds: ReadonlyMap<BoilerplateElement, BoilerplateKind>,
): BoilerplateElement[] {
  const groups = new Map<BoilerplateElement, Map<string, BoilerplateElement[]>>();
  for (const el of candidates) {
    const parent = el.parentElement;
    if (parent === null || kinds.has(el) || kinds.has(parent)) continue;
    const key =
      el.localName === "article" ? "article" : `${el.localName} ${el.getAttribute("class") ?? ""}`;
    let byKey = groups.get(parent);
    if (byKey === undefined) groups.set(parent, (byKey = new Map<string, BoilerplateElement[]>()));
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [el]);
    else group.push(el);
  }
  const cards: BoilerplateElement[] = [];
  for (const byKey of groups.values())
    for (const group of byKey.values()) {
      if (group.length < TEASER_MIN_SIBLINGS) continue;
      const teasers = group.filter(
        (el) =>
          collapsedLength(el.textContent ?? "") <= TEASER_MAX_CHARS &&
          el.querySelectorAll(TITLE_LINK_SELECTOR).length > 0,
      );
      // A row: most of the siblings are teasers (a live blog's entries are not).
      if (teasers.length >= TEASER_MIN_SIBLINGS && 2 * teasers.length >= group.length)
        cards.push(...teasers);
    }
  return cards;
}
