/**
 * The catalogue delivered to the content script as data, not code: each of the files injected
 * before the tagger (tagger-phrases*.ts, tagger-stems.ts, tagger-catalogue*.ts) leaves its part
 * on the isolated world's global object, which every file this extension injects into the page
 * shares; the tagger reads them on first use. Each file is compiled in a task of its own, and
 * JSON text costs the page far less to compile than the same data as object literals; the big
 * texts come in two halves (head + tail), so that no file takes a long task.
 */
import type { CatalogueSource } from "@gapmap/catalog/access";

const PARTS_KEY = "__gapmapCatalogueParts";

/** The parts, each a text: the version the phrases were made from and the JSON halves. */
const PART_NAMES = [
  "phrasesVersion",
  "phraseRowsHead",
  "phraseRowsTail",
  "stems",
  "dataHead",
  "dataTail",
] as const;
export type CataloguePart = (typeof PART_NAMES)[number];

type CatalogueParts = Partial<Record<CataloguePart, string>>;

function parts(): CatalogueParts {
  const scope = globalThis as unknown as Record<string, CatalogueParts | undefined>;
  return (scope[PARTS_KEY] ??= {});
}

export function deliverCataloguePart(part: CataloguePart, text: string): void {
  parts()[part] = text;
}

/** Whether every part is here (a tab tagged before needs no second delivery). */
export function catalogueDelivered(): boolean {
  const delivered = parts();
  return PART_NAMES.every((name) => delivered[name] !== undefined);
}

/** The delivered catalogue; the data is our own package's, parsed as written (no validation). */
export function deliveredCatalogue(): CatalogueSource {
  const p = parts();
  const { phrasesVersion, phraseRowsHead, phraseRowsTail, stems, dataHead, dataTail } = p;
  if (
    phrasesVersion === undefined ||
    phraseRowsHead === undefined ||
    phraseRowsTail === undefined ||
    stems === undefined ||
    dataHead === undefined ||
    dataTail === undefined
  ) {
    throw new Error("the catalogue files were not injected before the tagger");
  }
  return {
    data: JSON.parse(dataHead + dataTail) as CatalogueSource["data"],
    phrases: { catalogueVersion: phrasesVersion, json: phraseRowsHead + phraseRowsTail, stems },
  };
}
