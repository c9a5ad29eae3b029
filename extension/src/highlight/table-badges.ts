/** A small badge above each detected HTML table, saying what Gapmap read from it. */
import { findIndicator } from "@gapmap/core";
import type { PageTable } from "../platform/messages";
import { ensureOverlayRoot } from "./overlay-host";

function badgeText(info: PageTable): string {
  const names = info.indicatorIds.slice(0, 1).map((id) => findIndicator(id)?.name ?? id);
  const years =
    info.years.length > 0 ? `${info.years[0]}–${info.years[info.years.length - 1]}` : "no years";
  return `Gapmap table: ${names[0] ?? "no indicator"} · ${years}`;
}

export function showTableBadges(
  doc: Document,
  tables: readonly { element: HTMLTableElement; info: PageTable }[],
): void {
  const { root } = ensureOverlayRoot(doc);
  root.querySelectorAll(".badge").forEach((b) => {
    b.remove();
  });
  const view = doc.defaultView;
  for (const { element, info } of tables) {
    const rect = element.getBoundingClientRect();
    const badge = doc.createElement("div");
    badge.className = "badge";
    badge.textContent = badgeText(info);
    badge.style.left = `${rect.left + (view?.scrollX ?? 0)}px`;
    badge.style.top = `${Math.max(0, rect.top + (view?.scrollY ?? 0) - 18)}px`;
    root.append(badge);
  }
}
