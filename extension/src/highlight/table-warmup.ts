/**
 * Table detection does a lot the first time it runs: it builds its lookup structures (place
 * names, word stems, the word index, typo neighbours), compiles its thirty-odd whole-word
 * regexes, stems the word sets it compares labels with, and runs all its code for the first
 * time. Done inside the page's first table, that was one task of ~130 ms at 4× CPU throttling.
 * These steps do the same work beforehand in small pieces, one tagging step each, so that the
 * time slicer can yield between them; the first real table then finds everything ready.
 */
import { getCatalogueIndex } from "../platform/catalogue";
import {
  compileWordPatterns,
  demonymCountry,
  detectTables,
  fillStemKeySets,
  lookupPlace,
  matchIndicators,
  parsePeriods,
  toScanTable,
  vocabKindsOf,
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

/** What a step returns when it has more of the same to do: it runs again at the next call. */
export const AGAIN = Symbol("again");

/**
 * Words stemmed per step: up to five stemmers each, ~0.05 ms a word once warm, the first words
 * of each stemmer far slower (its code runs for the first time: 12 words were a 40-70 ms step
 * at 4x CPU, profiled); the slicer packs the short steps by its deadline.
 */
const STEM_SET_WORDS_PER_STEP = 3;
/** Whole-word patterns' bodies compiled per step (~0.15 ms each at 1×; word-pattern.ts). */
const WORD_PATTERNS_PER_STEP = 4;

/**
 * Each step warms one part, and finds the parts before it ready: the lookup structures, the
 * word sets and regexes first, then label matching, then detection on tables that reach further
 * into it each time (figures only; labels and years; countries; a title), the last one read as
 * the extension reads a table.
 */
export const TABLE_WARMUP_STEPS: readonly (() => unknown)[] = [
  () => getCatalogueIndex().stems.size,
  () => lookupPlace("Eritrea"),
  () => parsePeriods("2019–2022"),
  () => getCatalogueIndex().byWord.size,
  // The nationality-word index (every place name) and the breakdown words' patterns: inside
  // the first table's step they made it ~90 ms at 4× CPU (profiled).
  () => demonymCountry("Eritreans"),
  () => vocabKindsOf("Age"),
  () => vocabKindsOf("Sex"),
  () => (fillStemKeySets(STEM_SET_WORDS_PER_STEP) ? AGAIN : undefined),
  () => (compileWordPatterns(WORD_PATTERNS_PER_STEP) ? AGAIN : undefined),
  () => label("header", "Total"),
  () => label("title", "Asylum applications"),
  () => label("header", "Citizenship"),
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
    ).map(toScanTable),
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
  if (step() !== AGAIN) warmed++;
  return true;
}
