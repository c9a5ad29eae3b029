/**
 * Chart data tables in a page's inline scripts, read as text by the core chart-table parser
 * (scripts are never executed).
 */
import { chartTableOfScript, type TableDescription } from "@gapmap/core";

export function describeScriptTables(document: Document): TableDescription[] {
  const out: TableDescription[] = [];
  for (const script of document.querySelectorAll("script:not([src])")) {
    const table = chartTableOfScript(script.textContent);
    if (table) out.push(table);
  }
  return out;
}
