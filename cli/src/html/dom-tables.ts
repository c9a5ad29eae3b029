/** HTML tables as core table descriptions: read from the DOM, never from markup strings. */
import type { TableDescription } from "@gapmap/core";

function cellText(cell: Element): string {
  return cell.textContent.replace(/\s+/g, " ").trim();
}

function span(cell: Element, name: string): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? "1", 10);
  return Number.isFinite(value) && value >= 0 ? value : 1;
}

/** The caption, or the nearest heading just before the table (statistics sites use either). */
function captionOf(table: Element): string | undefined {
  const caption = table.querySelector(":scope > caption");
  if (caption) return cellText(caption);
  let prev = table.previousElementSibling;
  for (let hops = 0; prev && hops < 2; hops++, prev = prev.previousElementSibling) {
    if (/^H[1-6]$/.test(prev.tagName.toUpperCase())) return cellText(prev);
  }
  return undefined;
}

/** Every table of the document (nested tables too, each on its own). */
export function describeDomTables(document: Document): TableDescription[] {
  return [...document.querySelectorAll("table")].map((table) => {
    const rows = [...table.querySelectorAll("tr")]
      .filter((tr) => tr.closest("table") === table)
      .map((tr) => ({
        cells: [...tr.children]
          .filter((c) => c.tagName === "TD" || c.tagName === "TH")
          .map((c) => ({
            text: cellText(c),
            colSpan: Math.max(1, span(c, "colspan")),
            rowSpan: span(c, "rowspan"),
            header: c.tagName === "TH",
          })),
      }));
    const caption = captionOf(table);
    return caption === undefined ? { rows } : { caption, rows };
  });
}
