/** The scan's hook for returned data-request packs (issue 14): read by key, not detected. */
import { readFile } from "node:fs/promises";
import { looksLikeRequestPack, scanReturnedPack, type Grid, type ScanFile } from "@gapmap/core";

/**
 * The scan entry for a returned pack; undefined when the workbook is not a pack or its key was
 * removed (then `guessWarning` says detection's tables are guesses).
 */
export async function scanRequestPack(
  file: string,
  format: string,
  sheets: readonly Grid[],
): Promise<{ entry?: ScanFile; guessWarning?: string } | undefined> {
  if (!looksLikeRequestPack(sheets)) return undefined;
  const outcome = await scanReturnedPack(new Uint8Array(await readFile(file)), format);
  switch (outcome.kind) {
    case "read":
      return { entry: { file, ok: true, sheets: [], dataRequest: outcome.reading } };
    case "refused":
      return {
        entry: {
          file,
          ok: false,
          error: { code: outcome.code, message: outcome.message },
          sheets: [],
        },
      };
    case "guess":
      return { guessWarning: outcome.warning };
  }
}
