/**
 * The data-request packs of the current assessment as files: planned by core (one pack per
 * responsible agency), written as .xlsx by core, and zipped together for web mode's "Save all".
 */
import {
  planRequestPacks,
  requestPackFileName,
  requestPackToXlsx,
  type Assessment,
  type Catalogue,
  type Language,
  type RequestPack,
} from "@gapmap/core";
import { zipSync } from "fflate";

export interface PackSettings {
  requestedOn: string;
  due: string;
  contact: string;
  lang: Language;
}

export interface PackFile {
  pack: RequestPack;
  fileName: string;
  bytes: Uint8Array;
}

export const ZIP_MIME = "application/zip";

export function planPacks(
  catalogue: Catalogue,
  assessment: Assessment,
  settings: PackSettings,
): RequestPack[] {
  const due = settings.due.trim();
  const contact = settings.contact.trim();
  return planRequestPacks(catalogue, assessment, {
    requestedOn: settings.requestedOn,
    ...(due === "" ? {} : { due }),
    ...(contact === "" ? {} : { contact }),
    languageOf: () => settings.lang,
  });
}

export async function packFile(catalogue: Catalogue, pack: RequestPack): Promise<PackFile> {
  const { bytes } = await requestPackToXlsx(catalogue, pack);
  return { pack, fileName: requestPackFileName(pack), bytes };
}

/** All packs in one archive, `data-requests-<date>.zip`; the workbooks are stored, not re-packed. */
export function zipPacks(files: readonly PackFile[], requestedOn: string) {
  const entries = Object.fromEntries(
    files.map((f) => [f.fileName, [f.bytes, { level: 0 }] as [Uint8Array, { level: 0 }]]),
  );
  return { fileName: `data-requests-${requestedOn}.zip`, bytes: zipSync(entries) };
}
