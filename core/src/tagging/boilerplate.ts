/**
 * The boilerplate of a page, found the way reader-mode tools find it: landmarks (nav, aside,
 * menu roles, and header and footer where they are the page's banner and footer, not an
 * article's own), id and class words that name menus, sidebars, related-article and comment
 * blocks, reference lists, blocks made mostly of links (menus, tag lists, teaser lists), blocks
 * under a "Related"/"Explore More" heading, hidden blocks, embedded social posts, and links whose
 * text is a URL.
 * Mentions there say nothing about what the page reports.
 *
 * Core has no DOM: this reads any DOM through the few members it needs, so jsdom (cli) and the
 * browser (extension) hand in their own elements. It asks two selector queries (a query's cost
 * grows with its number of selectors times the page's elements) and reads the text of candidate
 * blocks and links only, never walks every node.
 */
import { isRelatedHeading } from "./related-headings";
import { collapsedLength, firstVisibleCode } from "./collapsed-length";
import { FRESH_SLICE, runSteps, type Steps } from "./steps";
import { teaserCandidates, teaserCards } from "./teaser-cards";
import { markCards } from "./link-cards";

/** What this module reads of a DOM element. */
export interface BoilerplateElement {
  readonly localName: string;
  getAttribute: (name: string) => string | null;
  readonly textContent: string | null;
  readonly parentElement: BoilerplateElement | null;
  querySelectorAll: (selectors: string) => ArrayLike<BoilerplateElement>;
  matches: (selectors: string) => boolean;
  /** The DOM's Node.compareDocumentPosition: `other` is one of these elements (core has no Node type). */
  compareDocumentPosition: (other: never) => number;
}

export type BoilerplateKind = "navigation" | "references" | "url";

const REFERENCES_SELECTOR = [
  "ol.references",
  ".reflist",
  ".references",
  ".mw-references-wrap",
  "#references",
  "[role=doc-bibliography]",
  "[role=doc-endnotes]",
  ".bibliography",
  ".footnotes",
  "cite",
].join(",");

const NAVIGATION_SELECTOR = [
  "nav",
  "header",
  "footer",
  "aside",
  "menu",
  "dialog",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=complementary]",
  "[role=menu]",
  "[role=menubar]",
  "[role=dialog]",
  "[aria-hidden=true]",
  "[hidden]",
  // Embedded social posts, as their publishers' embed codes mark them (rendered or not): a
  // quoted post is someone else's words beside the article, like a pull-out box.
  ".twitter-tweet",
  ".instagram-media",
  ".tiktok-embed",
  ".fb-post",
].join(",");

/**
 * id or class words of blocks that are not the article: menus, sidebars, related lists … ("no-footer",
 * as DataTables marks a table without one, says the opposite).
 */
const NAVIGATION_WORDS =
  /(^|[\s_-])(?<!(?:^|[\s_])(?:no|without)-)(nav|navbar|navigation|menu|breadcrumbs?|footer|header|sidebar|related|share|sharing|social|toc|cookies?|masthead|topbar|comments?|widget|newsletter|promo|trending|popular|most-read|recommended|more-stories|more|also|latest|headlines|teasers|promos|carousel|slider|slides|slideshow|swiper|recirc|recirculation|subscribe|banner|ad|ads|advert|outbrain|taboola|tags?|topics|categories|keywords)([\s_-]|$)/i;
/** Blocks whose id or class may name a menu (only those with an id or a class have words). */
const WORDED_BLOCKS = new Set(["div", "ul", "ol", "section", "table", "p", "span", "dl"]);

/**
 * A block (list, div, section, paragraph) whose text is at least this share of link text is a
 * menu, a tag list or a list of headlines …
 */
export const LIST_LINK_DENSITY = 0.6;
/** … and has at least this many links. */
const LIST_MIN_LINKS = 2;
/** Blocks whose link density is measured: their links are counted this many levels up at most. */
const DENSITY_BLOCKS = new Set(["div", "section", "p", "ul", "ol", "dl", "li"]);
const DENSITY_REACH = 8;
/** Blocks that may be cards (link-cards.ts), met by the class query. */
const CARD_TAGS = new Set(["div", "section", "p"]);
const HEADINGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;
/** Letters a URL link text can start with (URL_TEXT), in both cases. */
const URL_FIRST_CODES = new Set(["h", "H", "w", "W"].map((c) => c.charCodeAt(0)));
/** Landmarks that are so by their tag alone; the others by an id, class, role or hidden flag. */
const LANDMARK_TAGS = new Set(["cite", "nav", "header", "footer", "aside", "menu", "dialog"]);
const LANDMARK_SELECTOR = `${REFERENCES_SELECTOR},${NAVIGATION_SELECTOR}`;
/**
 * Every element a rule below may need, links aside, in two queries of few selectors (each a
 * whole-page traversal of its own: one query of all of them was a 40 ms step at 4× CPU
 * throttling on a 2 MB page, two take a slice each): by tag, a landmark, a heading or the main
 * content; by attribute, a block with an id or class, or a landmark by an attribute every other
 * landmark selector needs. Classified in script (`matches` for landmarks).
 */
const TAG_CANDIDATES = new Set([...LANDMARK_TAGS, ...HEADINGS, "article", "main"]);
const TAG_CANDIDATE_SELECTOR = [...TAG_CANDIDATES].join(",");
const ATTRIBUTE_CANDIDATE_SELECTOR = [
  "[id]",
  "[class]",
  "[role]",
  "[aria-hidden]",
  "[hidden]",
].join(",");
const FOLLOWING = 4;
/** A block holding the main content, or this share of the page's text, is a wrapper, not a menu. */
const WRAPPER_TEXT_SHARE = 0.5;

/** camelCase class names are words too ("PromoXSmall", "relatedLinks"). */
const CAMEL_JOIN = /(\p{Ll})(?=\p{Lu})/gu;

function classWords(el: BoilerplateElement): string {
  return `${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`.replace(
    CAMEL_JOIN,
    "$1 ",
  );
}

function textLength(el: BoilerplateElement): number {
  return collapsedLength(el.textContent ?? "");
}

/**
 * True for a header or footer inside an article or main: the article's own (its headline and
 * standfirst, its byline), not the page's banner or footer (as ARIA maps them, HTML-AAM).
 */
function isArticleOwn(el: BoilerplateElement): boolean {
  if (el.localName !== "header" && el.localName !== "footer") return false;
  for (let up = el.parentElement; up !== null; up = up.parentElement)
    if (isMainElement(up)) return true;
  return false;
}

function isMainElement(el: BoilerplateElement): boolean {
  return (
    el.localName === "article" || el.localName === "main" || el.getAttribute("role") === "main"
  );
}

/**
 * The page's main content: every main (or role=main) element, and its longest article — a page
 * of teaser cards has many small articles, and those are what a related list is made of.
 */
function mainContent(mains: readonly BoilerplateElement[]): BoilerplateElement[] {
  const found = mains.filter((el) => el.localName !== "article");
  let longest: BoilerplateElement | undefined;
  let longestLength = 0;
  for (const el of mains) {
    if (el.localName !== "article") continue;
    const length = textLength(el);
    if (length > longestLength) [longest, longestLength] = [el, length];
  }
  if (longest !== undefined) found.push(longest);
  return found;
}

/** Merges `more` into `into`, both in document order, keeping document order. */
function inDocumentOrder(into: BoilerplateElement[], more: readonly BoilerplateElement[]): void {
  if (more.length === 0) return;
  const first = into.splice(0);
  let i = 0;
  for (const el of more) {
    while (
      i < first.length &&
      ((first[i] as BoilerplateElement).compareDocumentPosition(el as never) & FOLLOWING) !== 0
    ) {
      into.push(first[i++] as BoilerplateElement);
    }
    into.push(el);
  }
  while (i < first.length) into.push(first[i++] as BoilerplateElement);
}

/** Link text per block above each link (DENSITY_REACH levels up), and the number of links. */
export interface LinkTally {
  links: number;
  linked: number;
}

/**
 * Elements looked at between two steps of findBoilerplateInSteps: each may run a selector match
 * of 25 selectors, and 500 per step made steps of 10–20 ms at 4× CPU throttling.
 */
const ELEMENTS_PER_STEP = 128;

/** Boilerplate elements under `root`, only the outermost of each nest, with their kind. */
export function findBoilerplate(
  root: BoilerplateElement,
): Map<BoilerplateElement, BoilerplateKind> {
  return runSteps(findBoilerplateInSteps(root));
}

/**
 * findBoilerplate as steps (a 2 MB page's 12,000 links took one long task at 4× CPU throttling):
 * call `next()` until done; the result is the done value.
 */
export function* findBoilerplateInSteps(
  root: BoilerplateElement,
): Steps<Map<BoilerplateElement, BoilerplateKind>> {
  const kinds = new Map<BoilerplateElement, BoilerplateKind>();
  const mark = (el: BoilerplateElement, kind: BoilerplateKind): void => {
    if (!kinds.has(el)) kinds.set(el, kind);
  };
  let looked = 0;
  const stepDone = (): boolean => ++looked % ELEMENTS_PER_STEP === 0;
  const byTag = root.querySelectorAll(TAG_CANDIDATE_SELECTOR);
  yield FRESH_SLICE;
  const byAttribute = root.querySelectorAll(ATTRIBUTE_CANDIDATE_SELECTOR);
  yield;
  // Each list in document order, as separate queries would list them.
  const landmarksByTag: BoilerplateElement[] = [];
  const landmarks: BoilerplateElement[] = [];
  const blocks: BoilerplateElement[] = [];
  /** Blocks with a class that may be cards (no DOM read: they are met here anyway). */
  const cardCandidates = new Set<BoilerplateElement>();
  const headings: BoilerplateElement[] = [];
  const mains: BoilerplateElement[] = [];
  for (const candidates of [byTag, byAttribute]) {
    const tagQuery = candidates === byTag;
    for (let i = 0; i < candidates.length; i++) {
      const el = candidates[i] as BoilerplateElement;
      const tag = el.localName;
      // The tag query listed these already.
      if (!tagQuery && TAG_CANDIDATES.has(tag)) continue;
      if (LANDMARK_TAGS.has(tag) || el.matches(LANDMARK_SELECTOR)) {
        (tagQuery ? landmarksByTag : landmarks).push(el);
      }
      // Links are listed by a query of their own below.
      if (tag === "a") continue;
      if (HEADINGS.has(tag)) headings.push(el);
      else if (isMainElement(el)) mains.push(el);
      // Only those with an id or class have words to test.
      else if (WORDED_BLOCKS.has(tag)) {
        const hasClass = el.getAttribute("class") !== null;
        if (hasClass || el.getAttribute("id") !== null) blocks.push(el);
        if (hasClass && CARD_TAGS.has(tag)) cardCandidates.add(el);
      }
      if (stepDone()) yield;
    }
  }
  inDocumentOrder(landmarks, landmarksByTag);
  for (const el of landmarks) if (el.matches(REFERENCES_SELECTOR)) mark(el, "references");
  for (const el of landmarks) if (!isArticleOwn(el)) mark(el, "navigation");
  yield;
  // Blocks that hold the main content, and the page's text length (a copy of all its text, read
  // only if some block needs it): such blocks are wrappers, never menus.
  const holdsMain = new Set<BoilerplateElement>();
  for (const el of mainContent(mains))
    for (let up: BoilerplateElement | null = el; up !== null; up = up.parentElement)
      holdsMain.add(up);
  let pageText: number | undefined;
  const isWrapper = (el: BoilerplateElement): boolean =>
    el === root ||
    holdsMain.has(el) ||
    textLength(el) > WRAPPER_TEXT_SHARE * (pageText ??= textLength(root));
  /** Reads the page's text length, if `el`'s wrapper test will need it, in a slice of its own. */
  function* readPageTextFor(el: BoilerplateElement): Steps<void> {
    if (pageText !== undefined || el === root || holdsMain.has(el)) return;
    yield FRESH_SLICE;
    pageText = textLength(root);
    yield FRESH_SLICE;
  }
  for (const el of blocks) {
    if (NAVIGATION_WORDS.test(classWords(el))) {
      yield* readPageTextFor(el);
      if (!isWrapper(el)) mark(el, "navigation");
    }
    if (stepDone()) yield;
  }
  for (const el of headings) {
    const block = el.parentElement;
    if (block !== null && isRelatedHeading(el.textContent ?? "")) {
      yield* readPageTextFor(block);
      if (!isWrapper(block)) mark(block, "navigation");
    }
    if (stepDone()) yield;
  }
  // Links: URL link text, and how much of each block above them is link text. A single
  // selector query (a slice of its own); each link's text is read once, and copied (trimmed)
  // only when it may be a URL.
  yield FRESH_SLICE;
  const links = root.querySelectorAll("a");
  yield;
  // Each ancestor's parent and tag are read once, as links share ancestors (a menu's items): a
  // DOM read is dear in an extension's world. Density blocks are tallied, the others `passing`.
  const tallies = new Map<BoilerplateElement, LinkTally & { parent: BoilerplateElement | null }>();
  const passing = new Map<BoilerplateElement, BoilerplateElement | null>();
  /** Blocks with LIST_MIN_LINKS links or more: the only ones the list rule looks at. */
  const listLike: BoilerplateElement[] = [];
  for (let i = 0; i < links.length; i++) {
    const el = links[i] as BoilerplateElement;
    const text = el.textContent ?? "";
    if (!kinds.has(el) && URL_FIRST_CODES.has(firstVisibleCode(text)) && URL_TEXT.test(text.trim()))
      mark(el, "url");
    const linked = collapsedLength(text);
    let up = el.parentElement;
    for (let level = 0; level < DENSITY_REACH && up !== null && up !== root; level++) {
      const tally = tallies.get(up);
      if (tally !== undefined) {
        if (++tally.links === LIST_MIN_LINKS) listLike.push(up);
        tally.linked += linked;
        up = tally.parent;
        continue;
      }
      const known = passing.get(up);
      if (known !== undefined) {
        up = known;
        continue;
      }
      const parent = up.parentElement;
      if (DENSITY_BLOCKS.has(up.localName)) tallies.set(up, { links: 1, linked, parent });
      else passing.set(up, parent);
      up = parent;
    }
    if (stepDone()) yield;
  }
  for (const el of listLike) {
    const tally = tallies.get(el) as LinkTally;
    if (!kinds.has(el)) {
      const total = textLength(el);
      if (total > 0 && tally.linked / total >= LIST_LINK_DENSITY) {
        yield* readPageTextFor(el);
        if (!isWrapper(el)) mark(el, "navigation");
      }
    }
    if (stepDone()) yield;
  }
  yield* markCards(tallies, cardCandidates, kinds, function* (el) {
    yield* readPageTextFor(el);
    if (!isWrapper(el)) mark(el, "navigation");
  });
  yield;
  for (const el of teaserCards(teaserCandidates(mains, cardCandidates, tallies), kinds)) {
    yield* readPageTextFor(el);
    if (!isWrapper(el)) mark(el, "navigation");
  }
  // Keep only the outermost element of each nest: its text already holds the inner ones.
  for (const el of [...kinds.keys()]) {
    for (let up = el.parentElement; up !== null; up = up.parentElement) {
      if (kinds.has(up)) {
        kinds.delete(el);
        break;
      }
    }
  }
  return kinds;
}
