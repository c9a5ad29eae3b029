/**
 * Writes core/src/search/catalogue-phrases.generated.ts: the bundled catalogue's phrases already
 * normalised, so that the first `getCatalogueIndex()` skips normalisation (precomputed-phrases.ts).
 * Run after editing the catalogue or the text normalisation; a test fails until you do.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { getCatalogue } from "../src/catalogue/catalogue";
import {
  REGENERATE_PHRASES_COMMAND,
  encodePhraseRows,
  phraseRowsToJson,
} from "../src/search/precomputed-phrases";

export const GENERATED_PATH = fileURLToPath(
  new URL("../src/search/catalogue-phrases.generated.ts", import.meta.url),
);

/** Escapes text for a template literal: backslashes, backticks and `${` mean something there. */
export function templateLiteralBody(text: string): string {
  return text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);
}

export async function renderGeneratedModule(): Promise<string> {
  const catalogue = getCatalogue();
  const json = phraseRowsToJson(encodePhraseRows(catalogue));
  const source = `/**
 * GENERATED: do not edit; regenerate with \`${REGENERATE_PHRASES_COMMAND}\`.
 * The bundled catalogue's phrases as \`buildTermIndex\` normalises them, one phrase a line:
 * [text, lang, ambiguous, norm] with norm 0 when it equals the text. See precomputed-phrases.ts.
 */
import type { EncodedPhrases } from "./precomputed-phrases";

export const CATALOGUE_PHRASES: EncodedPhrases = {
  catalogueVersion: ${JSON.stringify(catalogue.version)},
  json: \`${templateLiteralBody(json)}\`,
};
`;
  // Formatted here so that \`prettier --check .\` accepts the file as written.
  const options = await resolveConfig(GENERATED_PATH);
  return format(source, { ...options, filepath: GENERATED_PATH });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderGeneratedModule();
  writeFileSync(GENERATED_PATH, text);
  console.log(`wrote ${GENERATED_PATH} (${Buffer.byteLength(text)} bytes)`);
}
