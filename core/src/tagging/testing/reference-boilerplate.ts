// TEST SUPPORT ONLY: a frozen copy of findBoilerplate before the one-query rewrite (two big
// selector queries, link text read twice). The equivalence test checks the production version
// finds exactly these elements with exactly these kinds.
/**
 * The boilerplate of a page, found the way reader-mode tools find it: landmarks (nav, aside,
 * menu roles, and header and footer where they are the page's banner and footer, not an
 * article's own), id and class words that name menus, sidebars, related-article and comment
 * blocks, reference lists, blocks made mostly of links (menus, tag lists, teaser lists), blocks
 * under a "Related"/"Explore More" heading, hidden blocks, and links whose text is a URL.
 * Mentions there say nothing about what the page reports.
 *
 * Core has no DOM: this reads any DOM through the few members it needs, so jsdom (cli) and the
 * browser (extension) hand in their own elements. It asks a handful of selector queries and
 * reads the text of candidate blocks only, never walks every node.
 */
import { isRelatedHeading } from "../related-headings";
import { runSteps, type Steps } from "../steps";
import { teaserCandidates, teaserCards } from "../teaser-cards";
import type { BoilerplateElement, BoilerplateKind } from "../boilerplate";

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
/**
 * Blocks whose id or class may name a menu: only those with an id or a class attribute (the rest
 * have no words to test), so a page of 12,000 bare paragraphs hands script none of them.
 */
const BLOCK_SELECTOR = ["div", "ul", "ol", "section", "table", "p", "span", "dl"]
  .flatMap((tag) => [`${tag}[id]`, `${tag}[class]`])
  .join(",");

/**
 * A block (list, div, section, paragraph) whose text is at least this share of link text is a
 * menu, a tag list or a list of headlines …
 */
const LIST_LINK_DENSITY = 0.6;
/** … and has at least this many links. */
const LIST_MIN_LINKS = 2;
/** Blocks whose link density is measured: their links are counted this many levels up at most. */
const DENSITY_BLOCKS = new Set(["div", "section", "p", "ul", "ol", "dl", "li"]);
const DENSITY_REACH = 8;
/** Sibling blocks of one parent, tag and class, each with one link that is most of its text. */
const CARD_MIN_SIBLINGS = 3;
const CARD_TAGS = new Set(["div", "section", "p"]);
/** A card's link is at least this share of its text (its number and status label are the rest). */
const CARD_LINK_DENSITY = 0.5;
const HEADINGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;
/**
 * Each query walks the whole page, so the lists above are asked in two queries, not five:
 * landmarks and references together, then blocks, lists and links together.
 */
const LANDMARK_SELECTOR = `${REFERENCES_SELECTOR},${NAVIGATION_SELECTOR}`;
const MAIN_SELECTOR = "article,main,[role=main]";
const BLOCK_LIST_LINK_SELECTOR = `a,ul,ol,h2,h3,h4,h5,h6,${MAIN_SELECTOR},${BLOCK_SELECTOR}`;
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
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
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

/** Link text per block above each link (DENSITY_REACH levels up), and the number of links. */
interface LinkTally {
  links: number;
  linked: number;
}

/** Elements looked at between two steps of findBoilerplateInSteps. */
const ELEMENTS_PER_STEP = 500;

/** Boilerplate elements under `root`, only the outermost of each nest, with their kind. */
export function referenceFindBoilerplate(
  root: BoilerplateElement,
): Map<BoilerplateElement, BoilerplateKind> {
  return runSteps(findBoilerplateInSteps(root));
}

/**
 * findBoilerplate as steps (a 2 MB page's 12,000 links took one long task at 4× CPU throttling):
 * call `next()` until done; the result is the done value.
 */
function* findBoilerplateInSteps(
  root: BoilerplateElement,
): Steps<Map<BoilerplateElement, BoilerplateKind>> {
  const kinds = new Map<BoilerplateElement, BoilerplateKind>();
  const mark = (el: BoilerplateElement, kind: BoilerplateKind): void => {
    if (!kinds.has(el)) kinds.set(el, kind);
  };
  let looked = 0;
  const stepDone = (): boolean => ++looked % ELEMENTS_PER_STEP === 0;
  const landmarks = Array.from(root.querySelectorAll(LANDMARK_SELECTOR));
  for (const el of landmarks) if (el.matches(REFERENCES_SELECTOR)) mark(el, "references");
  for (const el of landmarks) if (!isArticleOwn(el)) mark(el, "navigation");
  yield;
  const blocks: BoilerplateElement[] = [];
  const links: BoilerplateElement[] = [];
  const headings: BoilerplateElement[] = [];
  const mains: BoilerplateElement[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK_LIST_LINK_SELECTOR))) {
    const tag = el.localName;
    if (tag === "a") links.push(el);
    else if (HEADINGS.has(tag)) headings.push(el);
    else if (isMainElement(el)) mains.push(el);
    // Only those with an id or class have words to test.
    else if (el.getAttribute("id") !== null || el.getAttribute("class") !== null) blocks.push(el);
  }
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
  for (const el of blocks) {
    if (NAVIGATION_WORDS.test(classWords(el)) && !isWrapper(el)) mark(el, "navigation");
    if (stepDone()) yield;
  }
  for (const el of headings) {
    const block = el.parentElement;
    if (block !== null && isRelatedHeading(el.textContent ?? "") && !isWrapper(block))
      mark(block, "navigation");
    if (stepDone()) yield;
  }
  yield;
  // Links: URL link text, and how much of each block above them is link text.
  const tallies = new Map<BoilerplateElement, LinkTally>();
  for (const el of links) {
    const text = (el.textContent ?? "").trim();
    if (!kinds.has(el) && URL_TEXT.test(text)) mark(el, "url");
    const linked = text.length === 0 ? 0 : textLength(el);
    let up = el.parentElement;
    for (let level = 0; level < DENSITY_REACH && up !== null && up !== root; level++) {
      if (DENSITY_BLOCKS.has(up.localName)) {
        const tally = tallies.get(up);
        if (tally === undefined) tallies.set(up, { links: 1, linked });
        else {
          tally.links++;
          tally.linked += linked;
        }
      }
      up = up.parentElement;
    }
    if (stepDone()) yield;
  }
  for (const [el, tally] of tallies) {
    if (tally.links >= LIST_MIN_LINKS && !kinds.has(el)) {
      const total = textLength(el);
      if (total > 0 && tally.linked / total >= LIST_LINK_DENSITY && !isWrapper(el))
        mark(el, "navigation");
    }
    if (stepDone()) yield;
  }
  const cardGroups = new Map<string, BoilerplateElement[]>();
  const parentIds = new Map<BoilerplateElement, number>();
  for (const [el, tally] of tallies) {
    const cls = el.getAttribute("class");
    const parent = el.parentElement;
    if (tally.links !== 1 || cls === null || !CARD_TAGS.has(el.localName) || parent === null)
      continue;
    if (kinds.has(el) || kinds.has(parent)) continue;
    if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
    const key = `${parentIds.get(parent)} ${el.localName} ${cls}`;
    cardGroups.set(key, [...(cardGroups.get(key) ?? []), el]);
  }
  for (const group of cardGroups.values())
    if (group.length >= CARD_MIN_SIBLINGS)
      for (const el of group) {
        const total = textLength(el);
        const linked = tallies.get(el)?.linked ?? 0;
        if (total > 0 && linked / total >= CARD_LINK_DENSITY && !isWrapper(el))
          mark(el, "navigation");
      }
  const classedCards = blocks.filter(
    (el) => el.getAttribute("class") !== null && CARD_TAGS.has(el.localName),
  );
  for (const el of teaserCards(teaserCandidates(mains, classedCards, tallies), kinds))
    if (!isWrapper(el)) mark(el, "navigation");
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
