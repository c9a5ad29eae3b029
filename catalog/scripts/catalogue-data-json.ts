/**
 * Renders catalog/src/bundled/catalogue-data.generated.ts: the bundled catalogue's authored data
 * (`catalogueData`, with its extra terms, shorthand and display names already merged in) as
 * JSON text. The extension's content script receives the catalogue this way, in a file of its
 * own, and parses it on first use: compiling the data as code took the page ~15 ms at full CPU
 * speed in the injection task, and building it (terms, display names) more.
 * Written by `npm run catalog:phrases` together with the phrases; a test fails when stale.
 */
import { fileURLToPath } from "node:url";
import { REGENERATE_PHRASES_COMMAND } from "@gapmap/core/catalogue";
import {
  formatGenerated,
  halvesAtLine,
  templateLiteralBody,
} from "../../core/scripts/generated-module";
import { catalogueData } from "../src/catalogue-data";

export const DATA_JSON_PATH = fileURLToPath(
  new URL("../src/bundled/catalogue-data.generated.ts", import.meta.url),
);

/**
 * Whitespace that linters flag in source (no-break spaces and the like; JSON.stringify already
 * escapes control characters): written as JSON's `\uXXXX` escapes, which parse back the same.
 */
const IRREGULAR_WHITESPACE =
  /[\u0085\u00A0\u1680\u180E\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;

/** JSON of `value` with each top-level list one element a line, so that diffs stay readable. */
export function linedJson(value: object): string {
  const fields = Object.entries(value).map(([key, field]: [string, unknown]) => {
    const body = Array.isArray(field)
      ? `[\n${field.map((item) => JSON.stringify(item)).join(",\n")}\n]`
      : JSON.stringify(field);
    return `${JSON.stringify(key)}:${body}`;
  });
  const json = `{\n${fields.join(",\n")}\n}`;
  return json.replace(
    IRREGULAR_WHITESPACE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export async function renderCatalogueDataModule(): Promise<string> {
  const [head, tail] = halvesAtLine(linedJson(catalogueData));
  const source = `/**
 * GENERATED: do not edit; regenerate with \`${REGENERATE_PHRASES_COMMAND}\`.
 * The bundled catalogue's authored data (catalogue-data.ts, terms and display names merged in)
 * as JSON text, for the extension's content script (see catalog/scripts/catalogue-data-json.ts).
 */
// In two halves, which the extension injects as files of their own.
export const CATALOGUE_DATA_JSON_HEAD = \`${templateLiteralBody(head)}\`;

export const CATALOGUE_DATA_JSON_TAIL = \`${templateLiteralBody(tail)}\`;

// Marked pure: a bundle that uses one half only drops the other.
export const CATALOGUE_DATA_JSON = /* @__PURE__ */ CATALOGUE_DATA_JSON_HEAD.concat(CATALOGUE_DATA_JSON_TAIL);
`;
  return formatGenerated(DATA_JSON_PATH, source);
}
