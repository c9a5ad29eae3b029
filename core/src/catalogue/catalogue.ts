/**
 * Access to the one shared catalogue: read once, then looked up by ID. The bundled data is our
 * own code, validated in full by the tests rather than on every start (see load.ts).
 */
import { catalogueData } from "@gapmap/catalog";
import { readBundledCatalogue } from "./load";
import type { Catalogue, Indicator } from "./schema";

let cached: Catalogue | undefined;
let byId: Map<string, Indicator> | undefined;

/** The bundled catalogue (throws CatalogueError if its shape is broken). */
export function getCatalogue(): Catalogue {
  cached ??= readBundledCatalogue(catalogueData);
  return cached;
}

/** The indicator with this ID, or undefined. */
export function findIndicator(id: string): Indicator | undefined {
  byId ??= new Map(getCatalogue().indicators.map((i) => [i.id, i]));
  return byId.get(id);
}
