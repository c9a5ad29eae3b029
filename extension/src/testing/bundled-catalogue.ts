/** For tests of modules that read platform/catalogue.ts: the package's bundled catalogue. */
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { provideCatalogue } from "../platform/catalogue";

provideCatalogue({ findIndicator, getCatalogue, getCatalogueIndex });
