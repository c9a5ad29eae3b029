/**
 * Adds the `<drawing r:id>` element that links a worksheet to its drawing part. The schema fixes
 * the order of a worksheet's children, so the element goes before the first child that must
 * follow it; nested elements of the same name (a cfRule's own extLst) must not count.
 */
import { RELATIONSHIP_NAMESPACE } from "./bar-chart-xml";

/** Children of <worksheet> that the schema (CT_Worksheet) places after <drawing>. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

// Comments, processing instructions and CDATA are skipped; tags capture slash, name, self-close.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w.:-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

interface TopLevelChild {
  localName: string;
  start: number;
}

/** Start tags of the root element's direct children, with their offsets. */
function topLevelChildren(xml: string): { children: TopLevelChild[]; rootEnd: number } {
  const children: TopLevelChild[] = [];
  let depth = 0;
  let rootEnd = -1;
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing] = m;
    if (name === undefined) continue;
    if (closing === "/") {
      depth -= 1;
      if (depth === 0) rootEnd = m.index;
      continue;
    }
    if (depth === 1) children.push({ localName: name.replace(/^[\w.-]+:/, ""), start: m.index });
    if (selfClosing !== "/") depth += 1;
  }
  return { children, rootEnd };
}

export function addDrawingElement(worksheetXml: string, relationshipId: string): string {
  const { children, rootEnd } = topLevelChildren(worksheetXml);
  if (rootEnd < 0) throw new Error("Malformed worksheet: no closing tag.");
  if (children.some((child) => child.localName === "drawing")) {
    throw new Error("The worksheet already has a drawing; adding charts to it is not supported.");
  }
  const at = children.find((child) => AFTER_DRAWING.has(child.localName))?.start ?? rootEnd;
  // The r prefix is declared on the element itself so it never depends on the root's prefixes.
  const element = `<drawing xmlns:r="${RELATIONSHIP_NAMESPACE}" r:id="${relationshipId}"/>`;
  return worksheetXml.slice(0, at) + element + worksheetXml.slice(at);
}
