/** Reads one inventory file (JSON, CSV or .xlsx) or one `gapmap scan --json` report into an inventory. */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import {
  INVENTORY_SCHEMA_VERSION,
  InventoryImportError,
  fromCsv,
  fromJson,
  fromXlsx,
  packIssuesFromScan,
  packReadingsFromScan,
  recordsFromScan,
  type Inventory,
  type PackReading,
  type ScanImportOptions,
} from "@gapmap/core";
import { CliError } from "../cli-error";

async function bytesOf(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT"
        ? `file not found: ${path}`
        : `could not read ${path} (${code ?? String(error)})`,
    );
  }
}

function importFailure(path: string, error: unknown): CliError {
  if (error instanceof InventoryImportError) return new CliError(`${path}: ${error.message}`);
  return new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
}

/** An inventory file exported by gapmap, the extension or the hand-fill template. */
export async function readInventoryFile(path: string): Promise<Inventory> {
  const bytes = await bytesOf(path);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === ".xlsx") return await fromXlsx(new Uint8Array(bytes));
    if (ext === ".csv") return fromCsv(bytes.toString("utf8"), { owner: basename(path, ext) });
    if (ext === ".json") return fromJson(bytes.toString("utf8"));
  } catch (error) {
    throw importFailure(path, error);
  }
  throw new CliError(`${path}: inventories are read from .json, .csv or .xlsx files.`);
}

/**
 * What the user must hear about returned packs the scan did not read exactly: a refused pack
 * imported nothing, and a pack without its key was imported as guesses.
 */
function packNotices(json: unknown, records: Inventory["records"]): string[] {
  return packIssuesFromScan(json).map(({ file, refused, guess }) => {
    if (refused !== undefined)
      return `${file}: data-request pack refused by the scan; nothing of it was imported (${refused})`;
    const count = records.filter(
      (r) => r.location.kind === "workbook" && r.location.file === file,
    ).length;
    // The scan's warning ends by pointing at tables "below" in its own report; not here.
    const why = (guess ?? "").replace(/[.;]? ?(The|its) tables below are guesses.*$/i, "");
    return `${file}: ${String(count)} record${count === 1 ? "" : "s"} imported as guesses from detection, marked "Guess:" in their notes, not read by the pack's key (${why})`;
  });
}

/**
 * The records a scan report describes, as an inventory, the returned packs it read, and
 * notices about packs it could not read exactly.
 */
export async function readScanReport(
  path: string,
  options: ScanImportOptions = {},
): Promise<{
  inventory: Inventory;
  packs: { file: string; reading: PackReading }[];
  notices: string[];
}> {
  const text = (await bytesOf(path)).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not JSON; pass the output of "gapmap scan --json".`);
  }
  try {
    const inventory: Inventory = {
      schemaVersion: INVENTORY_SCHEMA_VERSION,
      owner: basename(path),
      records: recordsFromScan(json, options),
    };
    return {
      inventory,
      packs: packReadingsFromScan(json),
      notices: packNotices(json, inventory.records),
    };
  } catch (error) {
    throw importFailure(path, error);
  }
}
