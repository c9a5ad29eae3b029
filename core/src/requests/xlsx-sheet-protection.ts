/**
 * Which sheets of an .xlsx are protected, read from the package's XML. exceljs reads only "1"
 * as true, but LibreOffice writes `sheet="true"` (also valid XML Schema), so after a round
 * trip through LibreOffice exceljs would call every protected sheet unprotected.
 */
import { decodeBytes } from "../readers/byte-text";
import { sheetNamesByPart } from "../readers/package-integrity";
import { elementsNamed } from "../readers/xml-attributes";
import { findZipEntry, listZipEntries, readZipEntry } from "../readers/zip-directory";

/** A pack's sheets are small; a bigger part is not read (its protection is then unknown). */
const MAX_SHEET_XML_BYTES = 32 * 1024 * 1024;

/** An XML Schema boolean: "1"/"true" or "0"/"false". */
export function xmlTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/**
 * Sheet name → whether its protection is on; sheets whose part could not be read are left
 * out (unknown), and undefined means the package itself could not be read.
 */
export function xlsxSheetProtection(bytes: Uint8Array): Map<string, boolean> | undefined {
  const entries = listZipEntries(bytes);
  if (entries === undefined) return undefined;
  const protection = new Map<string, boolean>();
  for (const [part, name] of sheetNamesByPart(bytes, entries)) {
    const entry = findZipEntry(entries, part);
    const xml = entry && readZipEntry(bytes, entry, MAX_SHEET_XML_BYTES);
    if (xml === undefined) continue;
    const [element] = elementsNamed(decodeBytes(xml, "utf-8"), "sheetProtection");
    protection.set(name, xmlTrue(element?.get("sheet")));
  }
  return protection;
}
