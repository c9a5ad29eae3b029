/**
 * Writes catalog/src/bundled/catalogue-phrases.generated.ts: the bundled catalogue's phrases already
 * normalised, so that the first `getCatalogueIndex()` skips normalisation (core's
 * precomputed-phrases.ts).
 * Run after editing the catalogue or the text normalisation; a test fails until you do. It also
 * writes catalogue-data.generated.ts (the authored data as JSON; catalogue-data-json.ts).
 */
import { fileURLToPath } from "node:url";
import {
  REGENERATE_PHRASES_COMMAND,
  buildTermIndex,
  encodePhraseRows,
  encodeStemRows,
  phraseRowsToJson,
  stemRowsToJson,
} from "@gapmap/core/catalogue";
import {
  formatGenerated,
  halvesAtLine,
  templateLiteralBody,
  writeWhenRun,
} from "../../core/scripts/generated-module";
import { getCatalogue } from "../src/bundled/bundled-catalogue";
import { DATA_JSON_PATH, renderCatalogueDataModule } from "./catalogue-data-json";

export const GENERATED_PATH = fileURLToPath(
  new URL("../src/bundled/catalogue-phrases.generated.ts", import.meta.url),
);

export async function renderGeneratedModule(): Promise<string> {
  const catalogue = getCatalogue();
  const json = phraseRowsToJson(encodePhraseRows(catalogue));
  const [rowsHead, rowsTail] = halvesAtLine(json);
  const stems = stemRowsToJson(encodeStemRows(buildTermIndex(catalogue.indicators).stems));
  const source = `/**
 * GENERATED: do not edit; regenerate with \`${REGENERATE_PHRASES_COMMAND}\`.
 * The bundled catalogue's phrases as \`buildTermIndex\` normalises and stems them, one phrase a
 * line: [text, lang, flags (1 ambiguous + 2 acronym), norm, stems] with norm 0 when it equals
 * the text; then the index's stem map, one stem a line: ["lang:stem", ...words]. See core's
 * precomputed-phrases.ts and precomputed-stems.ts.
 */
import type { EncodedPhrases } from "@gapmap/core/catalogue";

export const CATALOGUE_PHRASES_VERSION = ${JSON.stringify(catalogue.version)};

// Separate constants, so that the extension injects the rows (in two halves) and the stems as
// files of their own.
export const CATALOGUE_PHRASE_ROWS_HEAD = \`${templateLiteralBody(rowsHead)}\`;

export const CATALOGUE_PHRASE_ROWS_TAIL = \`${templateLiteralBody(rowsTail)}\`;

export const CATALOGUE_STEMS = \`${templateLiteralBody(stems)}\`;

export const CATALOGUE_PHRASES: EncodedPhrases = {
  catalogueVersion: CATALOGUE_PHRASES_VERSION,
  json: /* @__PURE__ */ CATALOGUE_PHRASE_ROWS_HEAD.concat(CATALOGUE_PHRASE_ROWS_TAIL),
  stems: CATALOGUE_STEMS,
};
`;
  return formatGenerated(GENERATED_PATH, source);
}

await writeWhenRun(import.meta.url, GENERATED_PATH, renderGeneratedModule);
await writeWhenRun(import.meta.url, DATA_JSON_PATH, renderCatalogueDataModule);
