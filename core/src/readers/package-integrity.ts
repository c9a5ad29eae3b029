/**
 * Finds parts an .xlsx package points to but does not contain (like the drawing missing from the
 * Mexican 2015 indicators file). SheetJS silently skips them; openpyxl refuses the whole file.
 * We read the cells and tell the user what was lost.
 */
import { decodeBytes } from "./byte-text";
import { elementsNamed } from "./xml-attributes";
import { findZipEntry, readZipEntry, type ZipEntry } from "./zip-directory";

/** Relationship and workbook manifests are small; anything bigger is not a manifest we trust. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface MissingPart {
  /** The part that holds the dangling reference, e.g. "xl/worksheets/sheet1.xml". */
  source: string;
  /** The absent part, e.g. "xl/drawings/drawing1.xml". */
  target: string;
  /** The relationship type's last segment, e.g. "drawing". */
  type: string;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

/** Resolves a relationship target against its source part, as OPC does. */
export function resolvePartPath(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed escape is kept literally; it will simply not be found.
  }
  const joined = decoded.startsWith("/") ? decoded.slice(1) : dirname(sourcePart) + decoded;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml". */
function sourcePartOf(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, "$1$2");
}

function readManifest(
  buf: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
): string | undefined {
  const entry = findZipEntry(entries, name);
  const bytes = entry ? readZipEntry(buf, entry, MAX_MANIFEST_BYTES) : undefined;
  return bytes === undefined ? undefined : decodeBytes(bytes, "utf-8");
}

export function findMissingParts(buf: Uint8Array, entries: readonly ZipEntry[]): MissingPart[] {
  const missing: MissingPart[] = [];
  for (const entry of entries) {
    if (!/\.rels$/i.test(entry.name)) continue;
    const xml = readManifest(buf, entries, entry.name);
    if (xml === undefined) continue;
    const source = sourcePartOf(entry.name);
    for (const rel of elementsNamed(xml, "Relationship")) {
      const target = rel.get("Target");
      if (!target || rel.get("TargetMode")?.toLowerCase() === "external") continue;
      const resolved = resolvePartPath(source, target);
      if (findZipEntry(entries, resolved)) continue;
      const type = (rel.get("Type") ?? "").split("/").at(-1) ?? "";
      missing.push({ source, target: resolved, type });
    }
  }
  return missing;
}

/** Worksheet part path (lower-cased) → sheet name, from workbook.xml and its relationships. */
export function sheetNamesByPart(
  buf: Uint8Array,
  entries: readonly ZipEntry[],
): Map<string, string> {
  const byPart = new Map<string, string>();
  const workbook = readManifest(buf, entries, "xl/workbook.xml");
  const rels = readManifest(buf, entries, "xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) return byPart;
  const targetById = new Map<string, string>();
  for (const rel of elementsNamed(rels, "Relationship")) {
    const id = rel.get("Id");
    const target = rel.get("Target");
    if (id && target) targetById.set(id, resolvePartPath("xl/workbook.xml", target));
  }
  for (const sheet of elementsNamed(workbook, "sheet")) {
    const name = sheet.get("name");
    const part = targetById.get(sheet.get("id") ?? "");
    if (name !== undefined && part) byPart.set(part.toLowerCase(), name);
  }
  return byPart;
}

/** One warning per damaged part, naming the sheet when the part is a worksheet. */
export function describeMissingParts(
  missing: readonly MissingPart[],
  sheetNames: ReadonlyMap<string, string>,
): string[] {
  const bySource = new Map<string, MissingPart[]>();
  for (const m of missing) bySource.set(m.source, [...(bySource.get(m.source) ?? []), m]);
  return [...bySource].map(([source, parts]) => {
    const sheet = sheetNames.get(source.toLowerCase());
    const where = sheet === undefined ? source : `Sheet "${sheet}" (${source})`;
    const list = parts.map((p) => `${p.target} (${p.type || "unknown type"})`).join(", ");
    return `${where} refers to ${parts.length === 1 ? "a part" : "parts"} missing from the file: ${list}; its cell values were read, but the pictures, charts or comments stored there are lost (re-save the file in Excel to repair it).`;
  });
}
