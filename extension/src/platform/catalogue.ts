/**
 * The catalogue this surface was given. The side panel hands over the package's bundled one
 * (`@gapmap/catalog`); the content script builds one from the data files injected before it
 * (injected/catalogue-parts.ts), so that the page never compiles the catalogue as code. Modules
 * shared by both read it here rather than importing `@gapmap/catalog`, which would put the data
 * back into the content script.
 */
import type { CatalogueAccess } from "@gapmap/catalog/access";
import type { Catalogue, Indicator, TermIndex } from "@gapmap/core/catalogue";
import { FRESH_SLICE } from "@gapmap/core/tagging";

let provided: CatalogueAccess | undefined;
let preparing: (() => Generator<unknown, unknown>) | undefined;

/**
 * Called once by each entry (side panel, content script, tests) before anything reads it;
 * `prepare`, where reading the catalogue costs a long task (the page: parsing its JSON), does
 * that work in steps, so that prepareCatalogueInSteps can run it in slices before it is read.
 */
export function provideCatalogue(
  access: CatalogueAccess,
  prepare?: () => Generator<unknown, unknown>,
): void {
  provided = access;
  preparing = prepare;
}

/** The catalogue made ready in steps: its data, then (from a fresh slice) the catalogue. */
export function* prepareCatalogueInSteps(): Generator<unknown, void> {
  if (preparing !== undefined) yield* preparing();
  yield FRESH_SLICE;
  const { getCatalogueInSteps, getCatalogue: atOnce } = access();
  if (getCatalogueInSteps === undefined) atOnce();
  else yield* getCatalogueInSteps();
}

function access(): CatalogueAccess {
  if (provided === undefined) throw new Error("no catalogue was provided to this surface");
  return provided;
}

export const getCatalogue = (): Catalogue => access().getCatalogue();
export const findIndicator = (id: string): Indicator | undefined => access().findIndicator(id);
export const getCatalogueIndex = (): TermIndex => access().getCatalogueIndex();
