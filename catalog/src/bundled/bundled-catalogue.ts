/**
 * The bundled catalogue, read once, and its term index, built once from the precomputed phrases
 * (catalogue-phrases.generated.ts). Core's functions receive these from the surfaces; the data
 * is our own code, validated in full by the tests rather than on every start (core's load.ts).
 */
import { catalogueData } from "../catalogue-data";
import { catalogueAccess } from "./catalogue-access";
import { CATALOGUE_PHRASES } from "./catalogue-phrases.generated";

const bundled = catalogueAccess(() => ({ data: catalogueData, phrases: CATALOGUE_PHRASES }));

/** The bundled catalogue (throws CatalogueError if its shape is broken). */
export const getCatalogue = bundled.getCatalogue;
/** The bundled indicator with this ID, or undefined. */
export const findIndicator = bundled.findIndicator;
/**
 * The term index of the bundled catalogue, built on first use from its precomputed phrases, or
 * by normalising the catalogue if those were generated from another version of it.
 */
export const getCatalogueIndex = bundled.getCatalogueIndex;
