/** All tables of a page: real HTML tables first, then chart data found in inline scripts. */
import type { TableDescription } from "@gapmap/core";
import { describeScriptTables } from "./chart-tables";
import { describeDomTables } from "./dom-tables";

export interface PageTables {
  html: TableDescription[];
  script: TableDescription[];
}

export function describeTextTables(document: Document): PageTables {
  return { html: describeDomTables(document), script: describeScriptTables(document) };
}
