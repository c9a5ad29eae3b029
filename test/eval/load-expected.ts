/** Reads and validates the hand-written expectations in test/fixtures/expected/. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectedWorkbookSchema, type ExpectedWorkbook } from "./expected-schema";

export const EXPECTED_DIR = fileURLToPath(new URL("../fixtures/expected/", import.meta.url));
const EXPECTED_SUFFIX = ".json";

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
      if (`${parsed.data.file}${EXPECTED_SUFFIX}` !== name)
        throw new ExpectedFileError(`${name}: names file ${parsed.data.file}`);
      return parsed.data;
    });
}
