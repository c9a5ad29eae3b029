/** Reads and validates the hand-written expectations in test/fixtures/expected/. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectedWorkbookSchema, type ExpectedWorkbook } from "./expected-schema";

export const EXPECTED_DIR = fileURLToPath(new URL("../fixtures/expected/", import.meta.url));
const EXPECTED_SUFFIX = ".json";

/**
 * The expectation file of a fixture: "x.xlsx" → "x-xlsx.json". The fixture's own file name never
 * appears in the repository, so nothing here can be mistaken for a copy of it.
 */
export function expectedFileName(fixture: string): string {
  return `${fixture.replace(/\.([a-z]+)$/i, "-$1")}${EXPECTED_SUFFIX}`;
}

export class ExpectedFileError extends Error {}

/** Every expectation file, parsed; throws naming the file when one does not fit the schema. */
export function loadExpectedWorkbooks(dir: string = EXPECTED_DIR): ExpectedWorkbook[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(EXPECTED_SUFFIX))
    .sort()
    .map((name) => {
      const parsed = expectedWorkbookSchema.safeParse(
        JSON.parse(readFileSync(`${dir}/${name}`, "utf8")),
      );
      if (!parsed.success)
        throw new ExpectedFileError(
          `${name}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
      if (expectedFileName(parsed.data.file) !== name)
        throw new ExpectedFileError(`${name}: names file ${parsed.data.file}`);
      return parsed.data;
    });
}
