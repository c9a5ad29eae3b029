/**
 * `@gapmap/catalog`: the catalogue data and the bundled catalogue, read and indexed with core's
 * functions. Surfaces (cli, task pane, extension) hand what they get here to core's functions;
 * core never imports this package (docs/decisions/0003-catalogue-handed-in.md).
 */
export { CATALOGUE_VERSION, catalogueData } from "./catalogue-data";
export { getCatalogue, findIndicator, getCatalogueIndex } from "./bundled/bundled-catalogue";

/** The library of actions the gap analysis draws on, keyed by gap type and source type. */
export { actions } from "./actions";
