/** Public surface of @gapmap/core: what other packages may import. */
export * from "./catalogue/vocabulary";
export * from "./catalogue/schema";
export {
  parseCatalogue,
  readBundledCatalogue,
  catalogueJsonSchema,
  CatalogueError,
} from "./catalogue/load";
export { findCatalogueProblems } from "./catalogue/integrity";
export { normalizeText, tokenize } from "./text/normalize";
export * from "./grid/grid";
export * from "./grid/address";
export { searchCatalogue, type SearchHit } from "./search/search";
export { buildTermIndex, contentWords, type TermIndex, type Phrase } from "./search/term-index";
export {
  termIndexFromEncoded,
  encodePhraseRows,
  phraseRowsToJson,
  REGENERATE_PHRASES_COMMAND,
  type EncodedPhrases,
} from "./search/precomputed-phrases";
export { scorePhrases, cachedResolver, type PhraseScore } from "./search/score-phrases";
export * from "./inventory/index";
export * from "./tables/index";
export * from "./scan/scan-report";
export * from "./tagging/index";
export * from "./needs/index";
export * from "./gaps/index";
export * from "./matrix/index";
