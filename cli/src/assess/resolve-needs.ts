/** Turns `--needs` (a preset ID or a profile .json file) into a needs profile. */
import { getCatalogue } from "@gapmap/catalog";
import { readFile } from "node:fs/promises";
import { profileFromJson, profileFromPreset, type NeedsProfile } from "@gapmap/core";
import { CliError } from "../cli-error";

export async function resolveNeeds(needs: string, referenceYear: number): Promise<NeedsProfile> {
  const catalogue = getCatalogue();
  if (catalogue.presets.some((p) => p.id === needs)) {
    return profileFromPreset(catalogue, needs, { referenceYear });
  }
  if (!needs.toLowerCase().endsWith(".json")) {
    const presets = catalogue.presets.map((p) => p.id).join(", ");
    throw new CliError(
      `--needs "${needs}" is neither a preset (${presets}) nor a profile .json file.`,
    );
  }
  let text: string;
  try {
    text = await readFile(needs, "utf8");
  } catch {
    throw new CliError(`needs profile not found: ${needs}`);
  }
  try {
    return profileFromJson(text);
  } catch (error) {
    throw new CliError(
      `${needs} is not a valid needs profile: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
