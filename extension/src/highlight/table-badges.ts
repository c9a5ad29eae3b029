/**
 * A small badge per detected table saying what Gapmap read from it: name, indicators, years and
 * breakdowns. Badges never cover the page's text: each is shown only while the pointer is over
 * its table (placed just above the table's top edge), and never takes pointer events, so the
 * heading underneath stays hoverable and selectable. They follow their tables on scroll/resize.
 */
import { breakdownList, indicatorName } from "../i18n/catalogue-names";
import { translator, type UiLanguage } from "../i18n/index";
import type { PageTable } from "../platform/messages";
import { ensureOverlayRoot } from "./overlay-host";
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

interface PlacedBadge {
  anchor: Element;
  badge: HTMLElement;
}

let placed: PlacedBadge[] = [];
let byAnchor = new Map<Element, PlacedBadge>();
let shown: PlacedBadge | undefined;
let stopListening: (() => void) | undefined;

function position(doc: Document, { anchor, badge }: PlacedBadge): void {
  const view = doc.defaultView;
  const rect = anchor.getBoundingClientRect();
  // On a right-to-left table the badge lines up with the table's right edge.
  const rtl = view?.getComputedStyle(anchor).direction === "rtl";
  const left = rtl ? rect.right - badge.offsetWidth : rect.left;
  badge.style.left = `${Math.max(0, left) + (view?.scrollX ?? 0)}px`;
  badge.style.top = `${Math.max(0, rect.top + (view?.scrollY ?? 0) - BADGE_LIFT_PX)}px`;
}

/** Keeps the visible badge on its table (the hidden ones are placed when shown). */
export function repositionBadges(doc: Document): void {
  if (shown === undefined) return;
  if (!shown.anchor.isConnected) {
    shown.badge.hidden = true;
    shown = undefined;
    return;
  }
  position(doc, shown);
}

/** Shows the badge of the table under the pointer (if any) and hides the previous one. */
export function revealBadgeAt(doc: Document, target: EventTarget | null): void {
  let el = target instanceof Element ? target : null;
  let found: PlacedBadge | undefined;
  for (let depth = 0; el !== null && depth < MAX_HOVER_DEPTH && !found; depth++) {
    found = byAnchor.get(el);
    el = el.parentElement;
  }
  if (found === shown) return;
  if (shown) shown.badge.hidden = true;
  shown = found;
  if (found) {
    found.badge.hidden = false; // shown first: its width is needed to place it
    position(doc, found);
  }
}

/** Badges are reused between passes: a re-tag after a page change rewrites text, not elements. */
export function showTableBadges(
  doc: Document,
  tables: readonly { anchor: Element; info: PageTable }[],
  language: UiLanguage = "en",
): void {
  const { root } = ensureOverlayRoot(doc);
  const spare = Array.from(root.querySelectorAll<HTMLElement>(".badge"));
  placed = tables.map(({ anchor, info }) => {
    const badge = spare.shift() ?? doc.createElement("div");
    badge.className = "badge";
    badge.hidden = true;
    badge.setAttribute("aria-hidden", "true");
    badge.dataset["selector"] = info.selector;
    badge.textContent = badgeText(info, language);
    badge.dir = "auto";
    return { anchor, badge };
  });
  byAnchor = new Map(placed.map((p) => [p.anchor, p]));
  shown = undefined;
  for (const unused of spare) unused.remove();
  root.append(...placed.filter((p) => !p.badge.isConnected).map((p) => p.badge));
  stopListening ??= onViewportChange(
    doc,
    () => {
      repositionBadges(doc);
    },
    REPOSITION_THROTTLE_MS,
  );
}
