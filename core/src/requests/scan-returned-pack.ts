/**
 * What `gapmap scan` does with a workbook that may be a returned data-request pack: read it
 * exactly by its key, or say clearly why not. A pack whose key was removed is still scanned by
 * detection, but every table found in it is marked as a guess.
 */
import { cellAt, type Grid } from "../grid/grid";
import { readReturnedPack } from "./read-returned-pack";
import { RequestPackError } from "./request-pack-error";
import { REQUEST_ID_PREFIX, REQUEST_KEY_SHEET, type PackReading } from "./request-pack-schema";

export type PackScanOutcome =
  | { kind: "read"; reading: PackReading }
  /** Ours by its cover, but the key is gone: detection's tables are guesses. */
  | { kind: "guess"; warning: string }
  /** Ours, but it cannot be read exactly; nothing of it is imported. */
  | { kind: "refused"; code: string; message: string };

/** The first 20 × 5 cells of the cover are enough to find the request ID the cover prints. */
function coverHasRequestId(cover: Grid | undefined): boolean {
  if (cover === undefined) return false;
  for (let r = 0; r < 20; r++)
    for (let c = 0; c < 5; c++) {
      const value = cellAt(cover, r, c);
      if (typeof value === "string" && value.startsWith(REQUEST_ID_PREFIX)) return true;
    }
  return false;
}

/** Cheap test on sheets already read: is this workbook one of our packs? */
export function looksLikeRequestPack(sheets: readonly Grid[]): boolean {
  return sheets.some((s) => s.name === REQUEST_KEY_SHEET) || coverHasRequestId(sheets[0]);
}

/** Reads a workbook that looksLikeRequestPack; `format` is the file's extension, lower case. */
export async function scanReturnedPack(
  bytes: Uint8Array,
  format: string,
): Promise<PackScanOutcome> {
  if (format !== "xlsx" && format !== "ods")
    return {
      kind: "refused",
      code: "request-pack-format",
      message: `this is a data-request pack saved as .${format}; open it in Excel or LibreOffice and save it as .xlsx (Excel workbook) or .ods so its key can be read`,
    };
  try {
    const reading = await readReturnedPack(bytes);
    if (reading !== undefined) return { kind: "read", reading };
    return {
      kind: "guess",
      warning:
        "this looks like a data-request pack but has no key; its tables below are guesses from detection, not an exact reading",
    };
  } catch (error) {
    if (!(error instanceof RequestPackError)) throw error;
    if (error.kind === "key-missing")
      return {
        kind: "guess",
        warning: `${error.problems.join("; ")}. The tables below are guesses from detection, not an exact reading`,
      };
    return {
      kind: "refused",
      code: `request-pack-${error.kind}`,
      message: error.problems.join("; "),
    };
  }
}
