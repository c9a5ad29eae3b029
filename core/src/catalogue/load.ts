/** Parses catalogue data at the trust boundary and refuses an unsound catalogue. */
import { z } from "zod";
import { findCatalogueProblems } from "./integrity";
import { catalogueSchema, type Catalogue } from "./schema";

export class CatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The catalogue is invalid:\n- ${problems.slice(0, 50).join("\n- ")}`);
    this.name = "CatalogueError";
  }
}

/** Validates raw catalogue data (schema, then cross-references) and returns the parsed form. */
export function parseCatalogue(input: unknown): Catalogue {
  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) {
    throw new CatalogueError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const problems = findCatalogueProblems(parsed.data);
  if (problems.length > 0) throw new CatalogueError(problems);
  return parsed.data;
}

/** The JSON Schema of the catalogue's authored form, so others can validate their extensions. */
export function catalogueJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(catalogueSchema, { io: "input", target: "draft-2020-12" });
}
