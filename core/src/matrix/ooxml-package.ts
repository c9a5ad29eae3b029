/**
 * Small edits to an Open XML package held as a map of part path → bytes (as fflate unzips it):
 * finding a worksheet's part, adding relationships and content-type overrides, numbering new parts.
 */
import { strFromU8 } from "fflate";
import { escapeXml, tagAttributes } from "./xml-text";

export type PackageFiles = Record<string, Uint8Array>;

export const RELATIONSHIP_TYPES = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;
export const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
export const CONTENT_TYPES_PART = "[Content_Types].xml";

const WORKBOOK_PART = "xl/workbook.xml";
const PACKAGE_RELATIONSHIPS_NAMESPACE =
  "http://schemas.openxmlformats.org/package/2006/relationships";

export function readPart(files: PackageFiles, path: string): string {
  const bytes = files[path];
  if (bytes === undefined) throw new Error(`The workbook has no part ${path}.`);
  return strFromU8(bytes);
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The relationship target that leads from `ownerPath`'s folder to `targetPath`. */
export function relativeTarget(ownerPath: string, targetPath: string): string {
  const from = ownerPath.split("/").slice(0, -1);
  const to = targetPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPath.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

function startTags(xml: string, localName: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, "g"))].map(
    (m) => m[0],
  );
}

/** The package path of the worksheet called `sheetName`, e.g. xl/worksheets/sheet1.xml. */
export function worksheetPath(files: PackageFiles, sheetName: string): string {
  const sheet = startTags(readPart(files, WORKBOOK_PART), "sheet")
    .map(tagAttributes)
    .find((attributes) => attributes.get("name") === sheetName);
  const relationshipId = sheet?.get("r:id");
  if (relationshipId === undefined) throw new Error(`The workbook has no sheet "${sheetName}".`);
  const relationship = startTags(readPart(files, relationshipsPath(WORKBOOK_PART)), "Relationship")
    .map(tagAttributes)
    .find((attributes) => attributes.get("Id") === relationshipId);
  const target = relationship?.get("Target");
  if (target === undefined) throw new Error(`Sheet "${sheetName}" has no part.`);
  return resolveTarget(WORKBOOK_PART, target);
}

/** The first free N for `${prefix}N${suffix}` (xl/charts/chart, .xml). */
export function freePartNumber(files: PackageFiles, prefix: string, suffix: string): number {
  let n = 1;
  while (files[`${prefix}${n}${suffix}`] !== undefined) n += 1;
  return n;
}

export interface NewRelationship {
  type: string;
  /** Relative to the owner part's folder, as relationships store it. */
  target: string;
}

/** Adds relationships to a rels part (created when absent); returns the XML and the new ids. */
export function addRelationships(
  existing: string | undefined,
  relationships: readonly NewRelationship[],
): { xml: string; ids: string[] } {
  const base =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NAMESPACE}"></Relationships>`;
  const taken = new Set(startTags(base, "Relationship").map((tag) => tagAttributes(tag).get("Id")));
  let next = 1;
  const ids = relationships.map(() => {
    while (taken.has(`rId${next}`)) next += 1;
    const id = `rId${next}`;
    taken.add(id);
    return id;
  });
  const added = relationships
    .map(
      (r, i) =>
        `<Relationship Id="${ids[i]}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
    )
    .join("");
  return { xml: insertBeforeClosing(base, "Relationships", added), ids };
}

export function addContentTypeOverrides(
  contentTypes: string,
  overrides: readonly { partPath: string; contentType: string }[],
): string {
  const added = overrides
    .map(
      (o) =>
        `<Override PartName="/${escapeXml(o.partPath)}" ContentType="${escapeXml(o.contentType)}"/>`,
    )
    .join("");
  return insertBeforeClosing(contentTypes, "Types", added);
}

function insertBeforeClosing(xml: string, rootName: string, added: string): string {
  const selfClosing = new RegExp(`<${rootName}\\b([^>]*)/>`);
  if (selfClosing.test(xml))
    return xml.replace(selfClosing, `<${rootName}$1>${added}</${rootName}>`);
  const closing = xml.lastIndexOf(`</${rootName}>`);
  if (closing < 0) throw new Error(`Malformed package part: no </${rootName}>.`);
  return xml.slice(0, closing) + added + xml.slice(closing);
}
