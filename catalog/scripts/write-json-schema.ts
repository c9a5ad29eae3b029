/** Writes catalog/catalogue.schema.json, the JSON Schema of the catalogue's authored form. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogueJsonSchema } from "@gapmap/core";

export const SCHEMA_PATH = fileURLToPath(new URL("../catalogue.schema.json", import.meta.url));

export function renderJsonSchema(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, renderJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
