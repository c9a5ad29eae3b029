/**
 * Reading a bundled catalogue once and indexing it once, from whatever delivers its data: the
 * static modules of this package (bundled-catalogue.ts), or the extension's content script,
 * which receives the same data as JSON text in separately injected files so that the page never
 * compiles it as code in one task (extension/src/injected/). Nothing is read until first use.
 */
import {
  buildTermIndex,
  readBundledCatalogue,
  readBundledCatalogueInSteps,
  termIndexFromEncoded,
  type Catalogue,
  type CatalogueInput,
  type EncodedPhrases,
  type Indicator,
  type TermIndex,
} from "@gapmap/core/catalogue";

/** The authored catalogue data and its precomputed phrases (catalogue-phrases.generated.ts). */
export interface CatalogueSource {
  data: CatalogueInput;
  phrases: EncodedPhrases;
}

export interface CatalogueAccess {
  /** The catalogue (throws CatalogueError if its shape is broken). */
  getCatalogue: () => Catalogue;
  /** getCatalogue in steps (call `next()` until done), for a surface that reads it in slices. */
  getCatalogueInSteps?: () => Generator<unknown, Catalogue>;
  /** The indicator with this ID, or undefined. */
  findIndicator: (id: string) => Indicator | undefined;
  /**
   * The term index, built on first use from the precomputed phrases, or by normalising the
   * catalogue if those were generated from another version of it.
   */
  getCatalogueIndex: () => TermIndex;
}

export function catalogueAccess(load: () => CatalogueSource): CatalogueAccess {
  let source: CatalogueSource | undefined;
  let cached: Catalogue | undefined;
  let byId: Map<string, Indicator> | undefined;
  let catalogueIndex: TermIndex | undefined;
  const loaded = () => (source ??= load());
  const getCatalogue = () => (cached ??= readBundledCatalogue(loaded().data));
  return {
    getCatalogue,
    getCatalogueInSteps: function* () {
      if (cached !== undefined) return cached;
      const read = yield* readBundledCatalogueInSteps(loaded().data);
      return (cached ??= read);
    },
    findIndicator: (id) => {
      byId ??= new Map(getCatalogue().indicators.map((i) => [i.id, i]));
      return byId.get(id);
    },
    getCatalogueIndex: () => {
      // The stored phrases are checked against the authored data (version, indicator IDs in
      // order): parsing the whole catalogue can wait until names or definitions are needed.
      const { data, phrases } = loaded();
      catalogueIndex ??=
        termIndexFromEncoded(phrases, data) ?? buildTermIndex(getCatalogue().indicators);
      return catalogueIndex;
    },
  };
}
