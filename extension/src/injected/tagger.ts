/**
 * The content script, injected on demand (toolbar, shortcut, side panel, or an opted-in site).
 * It is built by scripts/content-script/build-content-script.ts (esbuild, in layers injected
 * one by one: content-script-files.ts) rather than placed in contents/, because Plasmo registers
 * every contents/ script statically on <all_urls>, which needs broad host access.
 * The catalogue comes from the files injected just before it (catalogue-parts.ts).
 */
import { catalogueAccess } from "@gapmap/catalog/access";
import { provideCatalogue } from "../platform/catalogue";
import { deliveredCatalogue, deliveredCatalogueInSteps } from "./catalogue-parts";
import { createPageSession } from "./page-session";

const INSTALLED_FLAG = "__gapmapTaggerInstalled";
const scope = globalThis as unknown as Record<string, unknown>;

// Injection can happen more than once per page; one listener set is enough.
if (scope[INSTALLED_FLAG] !== true) {
  scope[INSTALLED_FLAG] = true;
  provideCatalogue(catalogueAccess(deliveredCatalogue), deliveredCatalogueInSteps);
  createPageSession(document);
}
