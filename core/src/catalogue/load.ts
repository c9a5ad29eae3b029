/**
 * Parses catalogue data at the trust boundary and refuses an unsound catalogue.
 *
 * Two doors:
 * - `parseCatalogue` is for data from outside (files, users, other packages' extensions): the
 *   full zod schema, then the cross-reference checks.
 * - `readBundledCatalogue` is only for the catalogue bundled with the code (`@gapmap/catalog`),
 *   which is our own TypeScript, typed as the schema's input at compile time. Full validation
 *   took 60–100 ms on every cold start (a page's first tagging pass, each CLI run), so at
 *   runtime it gets a cheap structural check and the schema's one transform (synonyms grouped
 *   by language → flat list, preset priority default). The full zod validation and the
 *   integrity checks of the bundled data run in the tests (catalogue.test.ts here, which also
 *   asserts that both doors give the same catalogue, and catalog/src/catalogue.test.ts).
 */
import { z } from "zod";
import { findCatalogueProblems } from "./integrity";
import { readDisplayNamesInSteps } from "./display-names-schema";
import { catalogueSchema, flattenTerms, type Catalogue, type CatalogueInput } from "./schema";
import { runSteps } from "../tagging/steps";

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

/** The shape checks a bundling mistake could break (an entry without ID or synonyms). */
function structuralProblems(data: CatalogueInput): string[] {
  const problems: string[] = [];
  const lists = [
    ["indicators", data.indicators],
    ["concepts", data.concepts],
    ["standards", data.standards],
    ["sourceTypes", data.sourceTypes],
    ["policyThemes", data.policyThemes],
    ["presets", data.presets],
  ] as const;
  for (const [name, list] of lists) {
    if (!Array.isArray(list)) {
      problems.push(`${name}: not a list`);
      continue;
    }
    list.forEach((entry: { id?: unknown }, i) => {
      if (typeof entry.id !== "string" || entry.id === "") problems.push(`${name}.${i}: no ID`);
    });
  }
  if (problems.length === 0 && data.indicators.length === 0) problems.push("indicators: empty");
  for (const ind of Array.isArray(data.indicators) ? data.indicators : []) {
    // Typed at compile time; checked here against a bundle assembled wrongly.
    const synonyms: unknown = ind.synonyms;
    const terms = typeof synonyms === "object" && synonyms !== null ? Object.values(synonyms) : [];
    if (!terms.some((t) => Array.isArray(t) && t.length > 0)) {
      problems.push(`indicator "${ind.id}": no synonyms`);
    }
  }
  return problems;
}

/**
 * The bundled catalogue in its parsed form, without re-running zod (see the header: validated
 * in the tests). Never use it for data from outside.
 */
export function readBundledCatalogue(data: CatalogueInput): Catalogue {
  return runSteps(readBundledCatalogueInSteps(data));
}

/** Indicators (or concepts) transformed between two steps of readBundledCatalogueInSteps. */
const ENTRIES_PER_STEP = 16;

/**
 * readBundledCatalogue in steps: call `next()` until done. On a page, reading it in one go was a
 * 40–80 ms task at 4× CPU throttling (cold code, and the garbage its copies make).
 */
export function* readBundledCatalogueInSteps(data: CatalogueInput): Generator<void, Catalogue> {
  const problems = structuralProblems(data);
  if (problems.length > 0) throw new CatalogueError(problems);
  yield;
  const indicators: Catalogue["indicators"] = [];
  for (const { shorthand, ...ind } of data.indicators) {
    indicators.push({
      ...ind,
      synonyms: flattenTerms(ind.synonyms),
      ...(shorthand === undefined ? {} : { shorthand: flattenTerms(shorthand) }),
    });
    if (indicators.length % ENTRIES_PER_STEP === 0) yield;
  }
  yield;
  const concepts: Catalogue["concepts"] = [];
  for (const { terms, ...concept } of data.concepts) {
    concepts.push(terms === undefined ? concept : { ...concept, terms: flattenTerms(terms) });
    if (concepts.length % ENTRIES_PER_STEP === 0) yield;
  }
  yield;
  const rest = {
    standards: data.standards.map((s) => ({ ...s })),
    sourceTypes: data.sourceTypes.map((s) => ({ ...s })),
    policyThemes: data.policyThemes.map((t) => ({ ...t })),
    presets: data.presets.map((p) => ({
      ...p,
      items: p.items.map((item) => ({ ...item, priority: item.priority ?? "medium" })),
    })),
  };
  yield;
  const displayNames = yield* readDisplayNamesInSteps(data.displayNames);
  return { version: data.version, indicators, concepts, ...rest, displayNames };
}

/** The JSON Schema of the catalogue's authored form, so others can validate their extensions. */
export function catalogueJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(catalogueSchema, { io: "input", target: "draft-2020-12" });
}
