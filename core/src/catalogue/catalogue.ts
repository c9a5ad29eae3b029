/** Access to the one shared catalogue: parsed once, then looked up by ID. */
import { catalogueData } from "@gapmap/catalog";
import { parseCatalogue } from "./load";
import type { Catalogue, Indicator } from "./schema";

let cached: Catalogue | undefined;
let byId: Map<string, Indicator> | undefined;

/** The validated catalogue (throws CatalogueError if the bundled data is unsound). */
export function getCatalogue(): Catalogue {
  cached ??= parseCatalogue(catalogueData);
  return cached;
}

/** The indicator with this ID, or undefined. */
export function findIndicator(id: string): Indicator | undefined {
  byId ??= new Map(getCatalogue().indicators.map((i) => [i.id, i]));
  return byId.get(id);
}
