/** Reads an assessment written by `gapmap assess --format json` (diff, report --previous). */
import { readFile } from "node:fs/promises";
import { assessmentFromJson, type Assessment } from "@gapmap/core";
import { CliError } from "../cli-error";

export async function readAssessmentFile(path: string): Promise<Assessment> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError(`file not found: ${path}`);
  }
  try {
    return assessmentFromJson(text);
  } catch (error) {
    throw new CliError(
      `${path} is not an assessment written by "gapmap assess --format json" (${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}).`,
    );
  }
}
