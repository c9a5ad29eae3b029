/**
 * The boilerplate of a page, found the way reader-mode tools find it: landmarks (nav, header,
 * footer, aside, menu roles), id and class words that name menus, sidebars, related-article
 * and comment blocks, reference lists, lists made mostly of links, hidden blocks, and links
 * whose text is a URL. Mentions there say nothing about what the page reports.
 *
 * Core has no DOM: this reads any DOM through the few members it needs, so jsdom (cli) and the
 * browser (extension) hand in their own elements. It asks a handful of selector queries and
 * reads the text of candidate blocks only, never walks every node.
 */
import { runSteps, type Steps } from "./steps";

/** What this module reads of a DOM element. */
export interface BoilerplateElement {
  readonly localName: string;
  getAttribute: (name: string) => string | null;
  readonly textContent: string | null;
  readonly parentElement: BoilerplateElement | null;
  querySelectorAll: (selectors: string) => ArrayLike<BoilerplateElement>;
  matches: (selectors: string) => boolean;
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
].join(",");

/** id or class words of blocks that are not the article: menus, sidebars, related lists … */
const NAVIGATION_WORDS =
  /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|footer|header|sidebar|related|share|sharing|social|toc|cookies?|masthead|topbar|comments?|widget|newsletter|promo|trending|popular|most-read|recommended|more-stories|subscribe|banner|ad|ads|advert|outbrain|taboola|tags?|topics|categories|keywords)([\s_-]|$)/i;
/**
 * Blocks whose id or class may name a menu: only those with an id or a class attribute (the rest
 * have no words to test), so a page of 12,000 bare paragraphs hands script none of them.
 */
const BLOCK_SELECTOR = ["div", "ul", "ol", "section", "table", "p", "span", "dl"]
  .flatMap((tag) => [`${tag}[id]`, `${tag}[class]`])
  .join(",");

/** A list whose text is at least this share of link text is a menu or a list of headlines. */
export const LIST_LINK_DENSITY = 0.6;
/** … and has at least this many links. */
const LIST_MIN_LINKS = 2;

const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;
/**
 * Each query walks the whole page, so the lists above are asked in two queries, not five:
 * landmarks and references together, then blocks, lists and links together.
 */
const LANDMARK_SELECTOR = `${REFERENCES_SELECTOR},${NAVIGATION_SELECTOR}`;
const BLOCK_LIST_LINK_SELECTOR = `a,ul,ol,${BLOCK_SELECTOR}`;
/** A block holding the article, or this share of the page's text, is a wrapper, not a menu. */
const MAIN_SELECTOR = "article,main,[role=main]";
const WRAPPER_TEXT_SHARE = 0.5;

function classWords(el: BoilerplateElement): string {
  return `${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`;
}

function textLength(el: BoilerplateElement): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

/** Share of the list's text that sits inside its links (0 when it has too few links). */
function linkDensity(list: BoilerplateElement): number {
  const links = Array.from(list.querySelectorAll("a"));
  if (links.length < LIST_MIN_LINKS) return 0;
  const total = textLength(list);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of links) linked += textLength(a);
  return linked / total;
}

/** Elements looked at between two steps of findBoilerplateInSteps. */
const ELEMENTS_PER_STEP = 500;

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
  const landmarks = Array.from(root.querySelectorAll(LANDMARK_SELECTOR));
  for (const el of landmarks) if (el.matches(REFERENCES_SELECTOR)) mark(el, "references");
  for (const el of landmarks) mark(el, "navigation");
  yield;
  const blocks: BoilerplateElement[] = [];
  const lists: BoilerplateElement[] = [];
  const links: BoilerplateElement[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK_LIST_LINK_SELECTOR))) {
    const tag = el.localName;
    if (tag === "a") links.push(el);
    else if (tag !== "ul" && tag !== "ol")
      blocks.push(el); // only those with an id or class
    else {
      if (el.getAttribute("id") !== null || el.getAttribute("class") !== null) blocks.push(el);
      lists.push(el);
    }
  }
  yield;
  // The page's text length is read (a copy of all its text) only if some block needs it.
  let pageText: number | undefined;
  const isWrapper = (el: BoilerplateElement): boolean =>
    el.querySelectorAll(MAIN_SELECTOR).length > 0 ||
    textLength(el) > WRAPPER_TEXT_SHARE * (pageText ??= textLength(root));
  for (const el of blocks) {
    if (NAVIGATION_WORDS.test(classWords(el)) && !isWrapper(el)) mark(el, "navigation");
    if (stepDone()) yield;
  }
  for (const el of lists) {
    if (!kinds.has(el) && linkDensity(el) >= LIST_LINK_DENSITY && !isWrapper(el))
      mark(el, "navigation");
    if (stepDone()) yield;
  }
  yield;
  for (const el of links) {
    if (!kinds.has(el) && URL_TEXT.test((el.textContent ?? "").trim())) mark(el, "url");
    if (stepDone()) yield;
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
