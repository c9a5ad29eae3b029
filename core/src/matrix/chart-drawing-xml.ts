/**
 * The drawing part (xl/drawings/drawingN.xml) that places charts on a worksheet: one
 * twoCellAnchor graphic frame per chart, each pointing at its chart part through the drawing's
 * relationships.
 */
import type { CellAddress, CellRange } from "../grid/grid";
import { CHART_NAMESPACE, DRAWING_MAIN_NAMESPACE, RELATIONSHIP_NAMESPACE } from "./bar-chart-xml";
import { escapeXml } from "./xml-text";

export const SPREADSHEET_DRAWING_NAMESPACE =
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export interface PlacedChart {
  /** Relationship id (in the drawing's rels) of the chart part. */
  relationshipId: string;
  name: string;
  description: string;
  anchor: CellRange;
}

function marker(tag: "from" | "to", cell: CellAddress): string {
  return (
    `<xdr:${tag}><xdr:col>${cell.c}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${cell.r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

function anchorXml(chart: PlacedChart, index: number): string {
  // Shape ids start at 2: id 1 is reserved for the drawing itself by Excel's convention.
  const shapeId = index + 2;
  return [
    '<xdr:twoCellAnchor editAs="oneCell">',
    marker("from", chart.anchor.s),
    marker("to", chart.anchor.e),
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>',
    `<xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.description)}"/>`,
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>",
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${CHART_NAMESPACE}">`,
    `<c:chart xmlns:c="${CHART_NAMESPACE}" xmlns:r="${RELATIONSHIP_NAMESPACE}" r:id="${chart.relationshipId}"/>`,
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>",
  ].join("");
}

export function chartDrawingXml(charts: readonly PlacedChart[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NAMESPACE}" xmlns:a="${DRAWING_MAIN_NAMESPACE}">`,
    ...charts.map(anchorXml),
    "</xdr:wsDr>",
  ].join("");
}
