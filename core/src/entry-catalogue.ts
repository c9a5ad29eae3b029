/** `@gapmap/core/catalogue`: the indicator catalogue and its search index, nothing else. */
export * from "./catalogue/vocabulary";
export * from "./catalogue/schema";
export { getCatalogue, findIndicator } from "./catalogue/catalogue";
export { getCatalogueIndex } from "./search/search";
export type { TermIndex } from "./search/term-index";
