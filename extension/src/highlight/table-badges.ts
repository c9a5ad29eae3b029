/**
 * A small badge per detected table saying what Gapmap read from it: name, indicators, years and
 * breakdowns. Badges never cover the page's text: each is shown only while the pointer is over
 * its table (placed just above the table's top edge), and never takes pointer events, so the
 * heading underneath stays hoverable and selectable. They follow their tables on scroll/resize.
 */
import { breakdownList, indicatorName } from "../i18n/catalogue-names";
import { translator, type UiLanguage } from "../i18n/index";
import type { PageTable } from "../platform/messages";
import { ensureOverlayRoot, existingOverlayHost } from "./overlay-host";
import { onViewportChange } from "./throttle";

/** Repositioning runs at most this often while the page scrolls or resizes. */
export const REPOSITION_THROTTLE_MS = 100;
/** The badge sits this far above its table's top edge. */
const BADGE_LIFT_PX = 18;
/** Indicator names shown on a badge; the side panel lists them all. */
const BADGE_INDICATORS = 2;
/** How many ancestors of the hovered element are checked for a tagged table. */
const MAX_HOVER_DEPTH = 12;

export function badgeText(info: PageTable, language: UiLanguage = "en"): string {
  const t = translator(language);
  const names = info.indicatorIds
    .slice(0, BADGE_INDICATORS)
    .map((id) => indicatorName(id, language).text);
  const more = info.indicatorIds.length - names.length;
  const indicators =
    names.length === 0
      ? t("noIndicatorRecognised")
      : names.join(", ") + (more > 0 ? ` +${more}` : "");
  const years =
    info.years.length > 0 ? `${info.years[0]}–${info.years[info.years.length - 1]}` : t("noYears");
  const breakdowns =
    info.breakdowns.length > 0
      ? t("byBreakdowns", { list: breakdownList(info.breakdowns, language) })
      : "";
  const title = info.name === "" ? "" : `${info.name}: `;
  return [`Gapmap ${title}${indicators}`, years, breakdowns].filter((p) => p !== "").join(" · ");
}

/** A detected table and, once it has been hovered, its badge. */
interface TableBadge {
  anchor: Element;
  info: PageTable;
  language: UiLanguage;
  badge?: HTMLElement;
}

let byAnchor = new Map<Element, TableBadge>();
/** The table whose badge is visible (its badge made). */
let shown: TableBadge | undefined;
/** Badge elements of an earlier pass, reused: a re-tag rewrites their text, not the overlay. */
let spare: HTMLElement[] = [];
let stopListening: (() => void) | undefined;

/** Where a table is, read before its badge changes anything (see revealBadgeAt). */
interface TablePlace {
  rect: DOMRect;
  rtl: boolean;
  /** The page's scroll offsets: reading them lays out a changed page, as the rectangle does. */
  scrollX: number;
  scrollY: number;
}

function placeOfTable(doc: Document, anchor: Element): TablePlace {
  const view = doc.defaultView;
  const rect = anchor.getBoundingClientRect();
  // On a right-to-left table the badge lines up with the table's right edge.
  const rtl = view?.getComputedStyle(anchor).direction === "rtl";
  return { rect, rtl, scrollX: view?.scrollX ?? 0, scrollY: view?.scrollY ?? 0 };
}

function position(badge: HTMLElement, { rect, rtl, scrollX, scrollY }: TablePlace): void {
  const left = rtl ? rect.right - badge.offsetWidth : rect.left;
  badge.style.left = `${Math.max(0, left) + scrollX}px`;
  badge.style.top = `${Math.max(0, rect.top + scrollY - BADGE_LIFT_PX)}px`;
}

/**
 * The table's badge, made when it is first shown: writing all of a page's badges at the end of
 * the pass (names, years and breakdowns of 200 tables) took ~50 ms of one task at 4× CPU.
 */
function badgeOf(doc: Document, table: TableBadge): HTMLElement {
  if (table.badge !== undefined) return table.badge;
  const badge = spare.pop() ?? doc.createElement("div");
  badge.className = "badge";
  badge.hidden = true;
  badge.setAttribute("aria-hidden", "true");
  badge.dataset["selector"] = table.info.selector;
  badge.textContent = badgeText(table.info, table.language);
  badge.dir = "auto";
  if (!badge.isConnected) ensureOverlayRoot(doc).root.append(badge);
  table.badge = badge;
  return badge;
}

/** Keeps the visible badge on its table (the hidden ones are placed when shown). */
export function repositionBadges(doc: Document): void {
  if (shown === undefined) return;
  const badge = badgeOf(doc, shown);
  if (!shown.anchor.isConnected) {
    badge.hidden = true;
    shown = undefined;
    return;
  }
  position(badge, placeOfTable(doc, shown.anchor));
}

/** Shows the badge of the table under the pointer (if any) and hides the previous one. */
export function revealBadgeAt(doc: Document, target: EventTarget | null): void {
  let el = target instanceof Element ? target : null;
  let found: TableBadge | undefined;
  for (let depth = 0; el !== null && depth < MAX_HOVER_DEPTH && !found; depth++) {
    found = byAnchor.get(el);
    el = el.parentElement;
  }
  if (found === shown) return;
  // The table is measured while the layout is still clean: read after the badges changed, the
  // rectangle cost a forced layout of the whole page (~35 ms at 4× CPU on a 2 MB page).
  const place = found && placeOfTable(doc, found.anchor);
  if (shown) badgeOf(doc, shown).hidden = true;
  shown = found;
  if (found && place) {
    const badge = badgeOf(doc, found);
    badge.hidden = false; // shown first: a right-to-left badge's width places it
    position(badge, place);
  }
}

/** The badges of a pass's tables: each made when its table is first hovered. */
export function showTableBadges(
  doc: Document,
  tables: readonly { anchor: Element; info: PageTable }[],
  language: UiLanguage = "en",
): void {
  // The overlay is made by the first badge shown (badgeOf), not here at the end of a pass.
  const root = existingOverlayHost(doc)?.shadowRoot;
  spare = root ? Array.from(root.querySelectorAll<HTMLElement>(".badge")) : [];
  for (const badge of spare) badge.hidden = true;
  byAnchor = new Map(tables.map(({ anchor, info }) => [anchor, { anchor, info, language }]));
  shown = undefined;
  stopListening ??= onViewportChange(
    doc,
    () => {
      repositionBadges(doc);
    },
    REPOSITION_THROTTLE_MS,
  );
}
