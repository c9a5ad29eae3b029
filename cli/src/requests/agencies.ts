/**
 * The TWG's indicator → agency map for `gapmap requests`: read from --agencies (every bad row
 * named, nothing used when any row is bad), and written out by --write-agencies as a starting
 * file to edit.
 */
import { readFile } from "node:fs/promises";
import {
  AgencyMapError,
  agencyMapToCsv,
  currentAgencyMap,
  parseAgencyMap,
  type AgencyMapEntry,
  type Assessment,
  type Catalogue,
} from "@gapmap/core";
import { CliError } from "../cli-error";
import type { Io } from "../io";
import { writeFileAtomic } from "../write-file-atomic";

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function readAgencyMap(
  catalogue: Catalogue,
  path: string | undefined,
): Promise<AgencyMapEntry[] | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(`could not read the agency map ${path}: ${reason(error)}`);
  }
  try {
    return parseAgencyMap(catalogue, text);
  } catch (error) {
    if (error instanceof AgencyMapError)
      throw new CliError(`${path}: ${error.message}\nNo data-request pack was written.`);
    throw error;
  }
}

/** Writes the map in force (the given map over the default rules) for every numeric indicator. */
export async function writeAgencyMap(
  catalogue: Catalogue,
  assessment: Assessment,
  agencies: readonly AgencyMapEntry[] | undefined,
  path: string,
  io: Io,
): Promise<void> {
  const entries = currentAgencyMap(catalogue, assessment, agencies);
  try {
    await writeFileAtomic(path, agencyMapToCsv(entries));
  } catch (error) {
    throw new CliError(`could not write ${path}: ${reason(error)}`);
  }
  const agencyCount = new Set(entries.map((e) => e.agency)).size;
  io.out(
    `${path}: ${String(entries.length)} indicators, ${String(agencyCount)} agencies. Edit the agency (and contact) column, then run "gapmap requests --agencies ${path}".\n`,
  );
}
