/**
 * Data tables on the page → core TableDescription → Grid → core table detection, the same path
 * workbooks take. Two sources: HTML tables, and chart data a page keeps only inside inline
 * scripts (read as text with chartTableOfScript, never executed). This file reads the DOM (a
 * table's cells, caption and heading: a TableReading); table-analysis.ts analyses the reading
 * without it.
 */
import { chartTableOfScript, type TableDescription } from "@gapmap/core/tagging";
import type { PageTable } from "../platform/messages";
import { cssPathOf, seedSiblingPositions, type CssPathCache } from "./css-path";
import { analyseTableReading, nameOfReading, type TableReading } from "./table-analysis";

/** Tables smaller than this are layout, not data. */
const MIN_DATA_ROWS = 2;
/** Scripts without this word hold no chart series; skipping them saves a regex pass each. */
const CHART_HINT = '"series"';
const HEADING_TAGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
/** How many earlier siblings may sit between a table and the heading that names it. */
const HEADING_LOOKBACK = 2;

/** A table whose text has no digit holds no figures or years: not worth a detection. */
const DIGIT_RE = /\d/;

/** Where a table came from; `anchor` is the element its badge sits above. */
export interface TableSource {
  /** The table or script element itself: results are cached per element. */
  element: Element;
  anchor: Element;
  selector: string;
  source: PageTable["source"];
  describe: () => TableDescription | undefined;
}

export interface FoundTable {
  anchor: Element;
  info: PageTable;
}

function nearbyHeading(table: Element): string | undefined {
  let el = table.previousElementSibling;
  for (let i = 0; el !== null && i < HEADING_LOOKBACK; i++, el = el.previousElementSibling) {
    if (HEADING_TAGS.has(el.tagName.toUpperCase())) return el.textContent.trim() || undefined;
  }
  return undefined;
}

/** How far up the tree, and how many siblings back at each level, a naming heading may sit. */
const NAME_HEADING_LEVELS = 3;
const NAME_HEADING_SIBLINGS = 4;

/** The closest heading before `el`: among its earlier siblings, then its ancestors' ones. */
function headingBefore(el: Element): string | undefined {
  let level: Element | null = el;
  for (let depth = 0; level !== null && depth < NAME_HEADING_LEVELS; depth++) {
    let sibling = level.previousElementSibling;
    for (let i = 0; sibling !== null && i < NAME_HEADING_SIBLINGS; i++) {
      const heading = HEADING_TAGS.has(sibling.tagName.toUpperCase())
        ? sibling
        : sibling.querySelector("h1,h2,h3,h4,h5,h6");
      const text = heading?.textContent.trim();
      if (text) return text;
      sibling = sibling.previousElementSibling;
    }
    level = level.parentElement;
  }
  return undefined;
}

/** What names a table on the page: its caption, else the closest heading before it. */
function namingTexts(
  element: Element,
  description: TableDescription,
): Pick<TableReading, "caption" | "heading"> {
  const caption =
    element instanceof HTMLTableElement ? element.caption?.textContent.trim() : description.caption;
  return caption ? { caption } : { heading: headingBefore(element) };
}

/** A name people recognise: caption, else the nearest heading, else the first header row. */
export function tableName(
  element: Element,
  description: TableDescription,
): Pick<PageTable, "name" | "nameSource"> {
  return nameOfReading({ description, ...namingTexts(element, description) });
}

/** An HTML table as plain data; spans are kept for core to lay out. */
export function describeHtmlTable(table: HTMLTableElement): TableDescription {
  const caption = table.caption?.textContent.trim() || nearbyHeading(table);
  // Indexed loops over the live collections: Array.from's iteration cost more than the reads.
  const rows: TableDescription["rows"] = [];
  const tableRows = table.rows;
  for (let r = 0; r < tableRows.length; r++) {
    const rowCells = tableRows[r]?.cells;
    const cells: TableDescription["rows"][number]["cells"] = [];
    for (let c = 0; rowCells !== undefined && c < rowCells.length; c++) {
      const cell = rowCells[c];
      if (cell === undefined) continue;
      // Most cells carry no attributes, so no spans: one DOM call instead of two per cell.
      const plain = !cell.hasAttributes();
      cells.push({
        text: cell.textContent,
        colSpan: plain ? 1 : Math.max(1, cell.colSpan),
        rowSpan: plain ? 1 : Math.max(0, cell.rowSpan),
        header: cell.localName === "th",
      });
    }
    rows.push({ cells });
  }
  return caption === undefined ? { rows } : { caption, rows };
}

/** Elements that may hold a data table, in document order: one native query, nothing read yet. */
export function tableCandidates(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll("table, script:not([src])"));
}

/** A selector cache for these candidates: every table of the page is among them, in order. */
export function pathCacheFor(candidates: readonly Element[]): CssPathCache {
  const paths: CssPathCache = new Map();
  seedSiblingPositions(paths, "table", candidates);
  return paths;
}

/**
 * The source for a candidate, or undefined when it holds no data (a layout table, a script
 * without chart series). Reads the element's text once: the tagger calls it one table per step.
 */
export function tableSourceOf(element: Element, paths: CssPathCache): TableSource | undefined {
  if (element instanceof HTMLTableElement) {
    if (element.rows.length < MIN_DATA_ROWS || !DIGIT_RE.test(element.textContent)) {
      return undefined;
    }
    return {
      element,
      anchor: element,
      selector: cssPathOf(element, paths),
      source: "table",
      describe: () => describeHtmlTable(element),
    };
  }
  if (element.localName !== "script" || !element.textContent.includes(CHART_HINT)) return undefined;
  return {
    element,
    // The script is invisible; the badge goes above the element that holds it (the chart).
    anchor: element.parentElement ?? element,
    selector: cssPathOf(element, paths),
    source: "script",
    describe: () => chartTableOfScript(element.textContent),
  };
}

/** Every table source on the page at once (tests, the side panel's refresh). */
export function listTableSources(doc: Document): TableSource[] {
  const candidates = tableCandidates(doc);
  const paths = pathCacheFor(candidates);
  return candidates.flatMap((element) => tableSourceOf(element, paths) ?? []);
}

/**
 * The last result per element and the table text it came from: a re-tag after the page changed
 * elsewhere (the mutation watcher re-tags the whole page) skips detection of unchanged tables.
 */
const analysed = new WeakMap<Element, { key: string; found: FoundTable | undefined }>();

/** A table read from the DOM: its last result if unchanged, else what its analysis needs. */
export type TableRead = { cached: FoundTable | undefined } | { key: string; reading: TableReading };

/** Reads one table; undefined when it holds no table at all (a script without a chart). */
export function readTable(source: TableSource): TableRead | undefined {
  const description = source.describe();
  if (description === undefined) return undefined;
  const key = `${source.selector}\u0000${JSON.stringify(description)}`;
  const cached = analysed.get(source.element);
  if (cached?.key === key) {
    return { cached: cached.found && { ...cached.found, anchor: source.anchor } };
  }
  return { key, reading: readingOf(source, description) };
}

/** A table's analysis (here or elsewhere), kept for the next pass; undefined: no data table. */
export function rememberTable(
  source: TableSource,
  key: string,
  info: PageTable | undefined,
): FoundTable | undefined {
  const found = info && { anchor: source.anchor, info };
  analysed.set(source.element, { key, found });
  return found;
}

/** Reads one table with core's detection; undefined when it holds no data table. */
export function analyseTable(source: TableSource): FoundTable | undefined {
  const read = readTable(source);
  if (read === undefined) return undefined;
  if (!("reading" in read)) return read.cached;
  return rememberTable(source, read.key, analyseTableReading(read.reading));
}

/** The rest of a table's reading from the DOM: where it sits and what names it. */
export function readingOf(source: TableSource, description: TableDescription): TableReading {
  const named = source.source === "table" ? source.element : source.anchor;
  return {
    selector: source.selector,
    source: source.source,
    description,
    ...namingTexts(named, description),
  };
}

/** All tables at once (tests, the side panel's refresh); the tagger runs them in idle slices. */
export function findPageTables(doc: Document): FoundTable[] {
  return listTableSources(doc).flatMap((s) => analyseTable(s) ?? []);
}
