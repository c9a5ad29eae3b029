/**
 * `@gapmap/core/catalogue`: the catalogue's schema, reading and term index, nothing else. The
 * catalogue package builds the bundled catalogue and its index with these (core never imports it).
 */
export * from "./catalogue/vocabulary";
export * from "./catalogue/schema";
export {
  readBundledCatalogue,
  readBundledCatalogueInSteps,
  CatalogueError,
} from "./catalogue/load";
export { buildTermIndex, type TermIndex } from "./search/term-index";
export {
  termIndexFromEncoded,
  encodePhraseRows,
  phraseRowsToJson,
  REGENERATE_PHRASES_COMMAND,
  type EncodedPhrases,
} from "./search/precomputed-phrases";
export { encodeStemRows, stemRowsToJson } from "./search/precomputed-stems";
export * from "./catalogue/display-names-schema";
export { displayName, displayNameText, type ResolvedDisplayName } from "./catalogue/display-name";
export { toSerbianLatin } from "./catalogue/serbian-latin";
