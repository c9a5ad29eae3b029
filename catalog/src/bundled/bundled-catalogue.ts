/**
 * The bundled catalogue, read once, and its term index, built once from the precomputed phrases
 * (catalogue-phrases.generated.ts). Core's functions receive these from the surfaces; the data
 * is our own code, validated in full by the tests rather than on every start (core's load.ts).
 */
import {
  buildTermIndex,
  readBundledCatalogue,
  termIndexFromEncoded,
  type Catalogue,
  type Indicator,
  type TermIndex,
} from "@gapmap/core/catalogue";
import { catalogueData } from "../catalogue-data";
import { CATALOGUE_PHRASES } from "./catalogue-phrases.generated";

let cached: Catalogue | undefined;
let byId: Map<string, Indicator> | undefined;
let catalogueIndex: TermIndex | undefined;

/** The bundled catalogue (throws CatalogueError if its shape is broken). */
export function getCatalogue(): Catalogue {
  cached ??= readBundledCatalogue(catalogueData);
  return cached;
}

/** The bundled indicator with this ID, or undefined. */
export function findIndicator(id: string): Indicator | undefined {
  byId ??= new Map(getCatalogue().indicators.map((i) => [i.id, i]));
  return byId.get(id);
}

/**
 * The term index of the bundled catalogue, built on first use from its precomputed phrases, or
 * by normalising the catalogue if those were generated from another version of it.
 */
export function getCatalogueIndex(): TermIndex {
  // The stored phrases are checked against the authored data (version, indicator IDs in order):
  // parsing the whole catalogue (`getCatalogue`) can wait until names or definitions are needed.
  catalogueIndex ??=
    termIndexFromEncoded(CATALOGUE_PHRASES, catalogueData) ??
    buildTermIndex(getCatalogue().indicators);
  return catalogueIndex;
}
