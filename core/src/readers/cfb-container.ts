/**
 * Stream names of an OLE2 compound file (CFB), the container of legacy .xls and of encrypted
 * Office files. SheetJS bundles a CFB parser but types it as `any`; this is the typed edge.
 */
import * as XLSX from "@e965/xlsx";

interface CfbApi {
  read: (data: Uint8Array, options: { type: "array" }) => unknown;
}

const cfb = XLSX.CFB as CfbApi;

/** Lower-cased stream names (last path segment), or undefined when the container is unreadable. */
export function cfbStreamNames(buf: Uint8Array): Set<string> | undefined {
  let container: unknown;
  try {
    container = cfb.read(buf, { type: "array" });
  } catch {
    return undefined;
  }
  if (typeof container !== "object" || container === null || !("FullPaths" in container)) {
    return undefined;
  }
  const paths: unknown = container.FullPaths;
  if (!Array.isArray(paths)) return undefined;
  const names = new Set<string>();
  for (const p of paths as unknown[]) {
    if (typeof p !== "string") continue;
    const segments = p.split("/").filter((s) => s !== "");
    const last = segments.at(-1);
    if (last) names.add(last.toLowerCase());
  }
  return names;
}

/** Encrypted .xlsx files are CFB containers holding the real package in "EncryptedPackage". */
export function isEncryptedOoxml(names: ReadonlySet<string>): boolean {
  return names.has("encryptedpackage") || names.has("encryptioninfo");
}

/** BIFF workbooks keep their data in a "Workbook" (BIFF8) or "Book" (BIFF5) stream. */
export function hasBiffWorkbookStream(names: ReadonlySet<string>): boolean {
  return names.has("workbook") || names.has("book");
}
