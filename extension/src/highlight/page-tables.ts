/**
 * Data tables on the page → core TableDescription → Grid → core table detection, the same path
 * workbooks take. Two sources: HTML tables, and chart data a page keeps only inside inline
 * scripts (read as text with chartTableOfScript, never executed).
 */
import { findIndicator, getCatalogueIndex } from "../platform/catalogue";
import { detectTables, toScanTable } from "@gapmap/core/tables";
import {
  chartTableOfScript,
  gridFromTableDescription,
  type TableDescription,
} from "@gapmap/core/tagging";
import type { PageTable } from "../platform/messages";
import { cssPathOf, seedSiblingPositions, type CssPathCache } from "./css-path";

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
/** Names longer than this are cut (a whole paragraph in a caption is no name). */
const MAX_NAME_CHARS = 120;

function shortName(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_NAME_CHARS ? `${flat.slice(0, MAX_NAME_CHARS - 1)}…` : flat;
}

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

/** A name people recognise: caption, else the nearest heading, else the first header row. */
export function tableName(
  element: Element,
  description: TableDescription,
): Pick<PageTable, "name" | "nameSource"> {
  const caption =
    element instanceof HTMLTableElement ? element.caption?.textContent.trim() : description.caption;
  if (caption) return { name: shortName(caption), nameSource: "caption" };
  const heading = headingBefore(element);
  if (heading) return { name: shortName(heading), nameSource: "heading" };
  const firstRow = description.rows.find((row) => row.cells.some((c) => c.text.trim() !== ""));
  const header = firstRow?.cells
    .map((c) => c.text.trim())
    .filter((text) => text !== "")
    .join(" · ");
  return header
    ? { name: shortName(header), nameSource: "header-row" }
    : { name: "", nameSource: "none" };
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

/** Reads one table with core's detection; undefined when it holds no data table. */
export function analyseTable(source: TableSource): FoundTable | undefined {
  const description = source.describe();
  if (description === undefined) return undefined;
  const key = `${source.selector}\u0000${JSON.stringify(description)}`;
  const cached = analysed.get(source.element);
  if (cached?.key === key) return cached.found && { ...cached.found, anchor: source.anchor };
  const found = detectTable(source, description);
  analysed.set(source.element, { key, found });
  return found;
}

function detectTable(source: TableSource, description: TableDescription): FoundTable | undefined {
  const { grid } = gridFromTableDescription(description, description.caption ?? source.selector);
  // No guesses: the card cannot show a guessed indicator as a guess yet, and would present it
  // as recognised (scan output and the task pane mark them).
  const detected = detectTables(grid, { index: getCatalogueIndex(), guesses: false })[0];
  if (detected === undefined) return undefined;
  const scan = toScanTable(detected);
  const best = detected.indicators[0];
  const doubt = best?.runnerUp && {
    runnerUpId: best.runnerUp.id,
    reason: best.runnerUp.reason,
    cues: best.runnerUp.cues,
    evidence: [...new Set(best.evidence.map((e) => e.matched))],
  };
  return {
    anchor: source.anchor,
    info: {
      selector: source.selector,
      ...tableName(source.source === "table" ? source.element : source.anchor, description),
      source: source.source,
      caption: description.caption ?? scan.title,
      indicatorIds: scan.indicators.map((i) => i.id),
      indicatorNames: scan.indicators.map((i) => findIndicator(i.id)?.name ?? i.id),
      years: scan.periods.years,
      breakdowns: scan.dimensions.map((d) => d.kind),
      ...(doubt ? { doubt } : {}),
    },
  };
}

/** All tables at once (tests, the side panel's refresh); the tagger runs them in idle slices. */
export function findPageTables(doc: Document): FoundTable[] {
  return listTableSources(doc).flatMap((s) => analyseTable(s) ?? []);
}
