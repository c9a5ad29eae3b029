/**
 * A small badge above each detected table saying what Gapmap read from it: title, indicators,
 * years and breakdowns. Badges follow their tables when the page scrolls or resizes (throttled).
 */
import type { PageTable } from "../platform/messages";
import { ensureOverlayRoot } from "./overlay-host";
import { onViewportChange } from "./throttle";

/** Repositioning runs at most this often while the page scrolls or resizes. */
export const REPOSITION_THROTTLE_MS = 100;
/** The badge sits this far above its table's top edge. */
const BADGE_LIFT_PX = 18;
/** Indicator names shown on a badge; the side panel lists them all. */
const BADGE_INDICATORS = 2;

export function badgeText(info: PageTable): string {
  const names = info.indicatorNames.slice(0, BADGE_INDICATORS);
  const more = info.indicatorNames.length - names.length;
  const indicators =
    names.length === 0 ? "no indicator" : names.join(", ") + (more > 0 ? ` +${more}` : "");
  const years =
    info.years.length > 0 ? `${info.years[0]}–${info.years[info.years.length - 1]}` : "no years";
  const breakdowns = info.breakdowns.length > 0 ? `by ${info.breakdowns.join(", ")}` : "";
  const title = info.caption === null ? "" : `${info.caption}: `;
  return [`Gapmap ${title}${indicators}`, years, breakdowns].filter((p) => p !== "").join(" · ");
}

interface PlacedBadge {
  anchor: Element;
  badge: HTMLElement;
}

let placed: PlacedBadge[] = [];
let stopListening: (() => void) | undefined;

/** Reads every rect first, then writes every position: one layout, not one per badge. */
export function repositionBadges(doc: Document): void {
  const view = doc.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  const rects = placed.map((p) => p.anchor.getBoundingClientRect());
  placed.forEach(({ badge, anchor }, i) => {
    const rect = rects[i];
    if (rect === undefined) return;
    badge.hidden = !anchor.isConnected || (rect.width === 0 && rect.height === 0);
    badge.style.left = `${rect.left + scrollX}px`;
    badge.style.top = `${Math.max(0, rect.top + scrollY - BADGE_LIFT_PX)}px`;
  });
}

/** Badges are reused between passes: a re-tag after a page change rewrites text, not elements. */
export function showTableBadges(
  doc: Document,
  tables: readonly { anchor: Element; info: PageTable }[],
): void {
  const { root } = ensureOverlayRoot(doc);
  const spare = Array.from(root.querySelectorAll<HTMLElement>(".badge"));
  placed = tables.map(({ anchor, info }) => {
    const badge = spare.shift() ?? doc.createElement("div");
    badge.className = "badge";
    badge.dataset["selector"] = info.selector;
    badge.textContent = badgeText(info);
    return { anchor, badge };
  });
  for (const unused of spare) unused.remove();
  root.append(...placed.filter((p) => !p.badge.isConnected).map((p) => p.badge));
  repositionBadges(doc);
  stopListening ??= onViewportChange(
    doc,
    () => {
      repositionBadges(doc);
    },
    REPOSITION_THROTTLE_MS,
  );
}
