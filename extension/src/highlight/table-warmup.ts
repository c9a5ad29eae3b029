/**
 * Table detection does a lot the first time it runs: it builds its lookup structures (place
 * names, word stems, the word index, typo neighbours) and runs all its code for the first time.
 * Done inside the page's first table, that was one task of ~130 ms at 4× CPU throttling (~45 ms
 * of CPU in Node). These steps do the same work beforehand in small pieces, one tagging step
 * each, so that the time slicer can yield between them; the first real table then takes ~5 ms.
 */
import { getCatalogueIndex } from "../platform/catalogue";
import {
  detectTables,
  lookupPlace,
  matchIndicators,
  parsePeriods,
  type LabelSource,
} from "@gapmap/core/tables";
import { gridFromTableDescription, type TableDescription } from "@gapmap/core/tagging";

const cell = (text: string, header: boolean) => ({ text, colSpan: 1, rowSpan: 1, header });

/** A small table (first row headers) as detection's grid. */
function tinyGrid(rows: readonly (readonly string[])[], caption?: string) {
  const description: TableDescription = {
    ...(caption === undefined ? {} : { caption }),
    rows: rows.map((row, r) => ({ cells: row.map((text) => cell(text, r === 0)) })),
  };
  return gridFromTableDescription(description, "warm-up").grid;
}

function detect(rows: readonly (readonly string[])[], caption?: string) {
  return detectTables(tinyGrid(rows, caption), { index: getCatalogueIndex(), guesses: false });
}

const label = (where: LabelSource["where"], text: string) =>
  matchIndicators(getCatalogueIndex(), [{ where, text }]);

/**
 * Each step warms one part, and finds the parts before it ready: the lookup structures first,
 * then label matching, then detection on tables that reach further into it each time (figures
 * only; labels and years; countries; a title). Each took at most ~9 ms of CPU in Node on this
 * machine, the first (word stems, one structure) ~6–14 ms.
 */
export const TABLE_WARMUP_STEPS: readonly (() => unknown)[] = [
  () => getCatalogueIndex().stems.size,
  () => lookupPlace("Eritrea"),
  () => parsePeriods("2019–2022"),
  () => getCatalogueIndex().byWord.size,
  () => label("header", "Total"),
  () => label("title", "Asylum applications"),
  () => label("header", "Citizenship"),
  // The first detection of all was ~13–15 ms of CPU in one piece (> 50 ms at 4× throttling):
  // a single figure, then figures without headers, reach part of the way first.
  () => detect([["120"]]),
  () =>
    detect([
      ["120", "135"],
      ["98", "110"],
    ]),
  () =>
    detect([
      ["Total", "Other"],
      ["120", "135"],
      ["98", "110"],
    ]),
  () =>
    detect([
      ["2021", "2022"],
      ["120", "135"],
      ["98", "110"],
    ]),
  () =>
    detect([
      ["Year", "Total"],
      ["2021", "135"],
      ["2022", "110"],
    ]),
  () =>
    detect([
      ["Citizenship", "2021", "2022"],
      ["Eritrea", "120", "135"],
      ["Syria", "98", "110"],
    ]),
  () =>
    detect(
      [
        ["Citizenship", "2021", "2022"],
        ["Eritrea", "120", "135"],
        ["Syria", "98", "110"],
      ],
      "Asylum applications by citizenship",
    ),
];

let warmed = 0;

/** Every warm-up step has run (in this content script). */
export function isTableDetectionWarm(): boolean {
  return warmed >= TABLE_WARMUP_STEPS.length;
}

/** Runs the next warm-up step; false once every step has run (in this content script). */
export function warmTableDetection(): boolean {
  const step = TABLE_WARMUP_STEPS[warmed];
  if (step === undefined) return false;
  warmed++;
  step();
  return true;
}
