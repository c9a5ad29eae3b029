/**
 * Writes core/src/tables/place-names.generated.ts: the place-name table of country-names.ts
 * already normalised, so that the first `lookupPlace()` skips normalisation
 * (precomputed-places.ts). Run after editing the aliases, upgrading i18n-iso-countries or
 * changing the text normalisation; a test fails until you do.
 */
import { fileURLToPath } from "node:url";
import { formatGenerated, templateLiteralBody, writeWhenRun } from "./generated-module";
import { buildTable, placeSourceFingerprint } from "../src/tables/country-names";
import {
  PLACES_GENERATOR_SCRIPT,
  REGENERATE_PLACES_COMMAND,
  encodePlaceRuns,
  placeRunsToJson,
} from "../src/tables/precomputed-places";

export const GENERATED_PATH = fileURLToPath(
  new URL("../src/tables/place-names.generated.ts", import.meta.url),
);

export async function renderGeneratedModule(): Promise<string> {
  const table = buildTable();
  const json = placeRunsToJson(encodePlaceRuns(table));
  const source = `/**
 * GENERATED: do not edit; regenerate with \`${REGENERATE_PLACES_COMMAND}\`
 * (${PLACES_GENERATOR_SCRIPT}).
 * The place-name table of country-names.ts as \`buildTable\` normalises it, in insertion order,
 * one run of keys sharing a match a line: [tag, ...keys] with tag an ISO code, "aggregate" or
 * "non-country". See precomputed-places.ts.
 */
import type { EncodedPlaces } from "./precomputed-places";

export const PLACE_NAMES: EncodedPlaces = {
  sources: ${JSON.stringify(placeSourceFingerprint())},
  entryCount: ${table.size},
  json: \`${templateLiteralBody(json)}\`,
};
`;
  return formatGenerated(GENERATED_PATH, source);
}

await writeWhenRun(import.meta.url, GENERATED_PATH, renderGeneratedModule);
