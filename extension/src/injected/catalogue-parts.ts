/**
 * The catalogue delivered to the content script as data, not code: each of the files injected
 * before the tagger (tagger-phrases.ts, tagger-catalogue.ts) leaves its part on the isolated
 * world's global object, which every file this extension injects into the page shares; the
 * tagger reads them on first use. Each file is compiled in a task of its own, and JSON text
 * costs the page far less to compile than the same data as object literals.
 */
import type { CatalogueSource } from "@gapmap/catalog/access";
import type { EncodedPhrases } from "@gapmap/core/catalogue";

const PARTS_KEY = "__gapmapCatalogueParts";

interface CatalogueParts {
  phrases?: EncodedPhrases;
  /** The authored data as JSON text (catalogue-data.generated.ts). */
  dataJson?: string;
}

function parts(): CatalogueParts {
  const scope = globalThis as unknown as Record<string, CatalogueParts | undefined>;
  return (scope[PARTS_KEY] ??= {});
}

export function deliverPhrases(phrases: EncodedPhrases): void {
  parts().phrases = phrases;
}

export function deliverDataJson(json: string): void {
  parts().dataJson = json;
}

/** Whether both parts are here (a tab tagged before needs no second delivery). */
export function catalogueDelivered(): boolean {
  const { phrases, dataJson } = parts();
  return phrases !== undefined && dataJson !== undefined;
}

/** The delivered catalogue; the data is our own package's, parsed as written (no validation). */
export function deliveredCatalogue(): CatalogueSource {
  const { phrases, dataJson } = parts();
  if (phrases === undefined || dataJson === undefined) {
    throw new Error("the catalogue files were not injected before the tagger");
  }
  return { data: JSON.parse(dataJson) as CatalogueSource["data"], phrases };
}
