/** Public surface of @gapmap/core: what other packages may import. */
// The catalogue's schema, reading and term index, also reachable alone as @gapmap/core/catalogue.
export * from "./entry-catalogue";
export { parseCatalogue, catalogueJsonSchema } from "./catalogue/load";
export { findCatalogueProblems } from "./catalogue/integrity";
export { displayNameIds } from "./catalogue/display-name-ids";
export { normalizeText, tokenize } from "./text/normalize";
export * from "./grid/grid";
export * from "./grid/address";
export { searchCatalogue, type SearchHit } from "./search/search";
export { contentWords, type Phrase } from "./search/term-index";
export { scorePhrases, cachedResolver, type PhraseScore } from "./search/score-phrases";
export * from "./inventory/index";
export * from "./tables/index";
export * from "./scan/scan-report";
export * from "./tagging/index";
export * from "./needs/index";
export * from "./tracking/index";
export * from "./gaps/index";
export * from "./matrix/index";
export * from "./layout/paper";
export { textWidth, wrapText, type FontSpec } from "./layout/text-width";
export * from "./requests/index";
export * from "./report/index";
