/**
 * A page table's analysis from what the DOM gave of it (page-tables.ts reads it): core's
 * detection on its grid, named and summed up for the side panel and the badge. Nothing here
 * touches the DOM, so the same reading can be analysed outside the page (a warm engine host)
 * with the same result.
 */
import { findIndicator, getCatalogueIndex } from "../platform/catalogue";
import { detectTables, toScanTable } from "@gapmap/core/tables";
import { gridFromTableDescription, type TableDescription } from "@gapmap/core/tagging";
import type { PageTable } from "../platform/messages";

/** One table as the page holds it: its cells (spans kept) and what names it there. */
export interface TableReading {
  selector: string;
  source: PageTable["source"];
  description: TableDescription;
  /** Its caption, else the closest heading before it, as the page writes them. */
  caption?: string | undefined;
  heading?: string | undefined;
}

/** Names longer than this are cut (a whole paragraph in a caption is no name). */
const MAX_NAME_CHARS = 120;

function shortName(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_NAME_CHARS ? `${flat.slice(0, MAX_NAME_CHARS - 1)}…` : flat;
}

/** A name people recognise: caption, else the nearest heading, else the first header row. */
export function nameOfReading(
  reading: Pick<TableReading, "caption" | "heading" | "description">,
): Pick<PageTable, "name" | "nameSource"> {
  if (reading.caption) return { name: shortName(reading.caption), nameSource: "caption" };
  if (reading.heading) return { name: shortName(reading.heading), nameSource: "heading" };
  const firstRow = reading.description.rows.find((row) =>
    row.cells.some((c) => c.text.trim() !== ""),
  );
  const header = firstRow?.cells
    .map((c) => c.text.trim())
    .filter((text) => text !== "")
    .join(" · ");
  return header
    ? { name: shortName(header), nameSource: "header-row" }
    : { name: "", nameSource: "none" };
}

/** What detection reads in the table, for the side panel; undefined when it holds no data table. */
export function analyseTableReading(reading: TableReading): PageTable | undefined {
  const { description } = reading;
  const { grid } = gridFromTableDescription(description, description.caption ?? reading.selector);
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
    selector: reading.selector,
    ...nameOfReading(reading),
    source: reading.source,
    caption: description.caption ?? scan.title,
    indicatorIds: scan.indicators.map((i) => i.id),
    indicatorNames: scan.indicators.map((i) => findIndicator(i.id)?.name ?? i.id),
    years: scan.periods.years,
    breakdowns: scan.dimensions.map((d) => d.kind),
    ...(doubt ? { doubt } : {}),
  };
}
