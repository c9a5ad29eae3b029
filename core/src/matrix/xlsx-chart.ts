/**
 * Native Excel bar charts for a workbook written by exceljs, which cannot create charts itself:
 * the .xlsx bytes are unzipped, chart and drawing parts are added and wired up (relationships,
 * content types, the sheet's <drawing> element), and the package is zipped again.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { barChartXml, type BarChartSpec } from "./bar-chart-xml";
import { chartDrawingXml } from "./chart-drawing-xml";
import {
  CONTENT_TYPES,
  CONTENT_TYPES_PART,
  RELATIONSHIP_TYPES,
  addContentTypeOverrides,
  addRelationships,
  freePartNumber,
  readPart,
  relativeTarget,
  relationshipsPath,
  worksheetPath,
  type PackageFiles,
} from "./ooxml-package";
import { addDrawingElement } from "./worksheet-drawing";

const CHARTS_FOLDER = "xl/charts/";
const DRAWINGS_FOLDER = "xl/drawings/";

function addChartParts(files: PackageFiles, sheetName: string, charts: readonly BarChartSpec[]) {
  const first = freePartNumber(files, `${CHARTS_FOLDER}chart`, ".xml");
  const paths = charts.map((spec, i) => {
    const path = `${CHARTS_FOLDER}chart${first + i}.xml`;
    files[path] = strToU8(barChartXml(sheetName, spec));
    return path;
  });
  return paths;
}

/** Returns new .xlsx bytes with `charts` drawn on the sheet `sheetName`. */
export function addBarCharts(
  xlsx: Uint8Array,
  sheetName: string,
  charts: readonly BarChartSpec[],
): Uint8Array {
  if (charts.length === 0) return xlsx;
  const files: PackageFiles = unzipSync(xlsx);
  const sheetPath = worksheetPath(files, sheetName);
  const chartPaths = addChartParts(files, sheetName, charts);

  const drawingPath = `${DRAWINGS_FOLDER}drawing${freePartNumber(files, `${DRAWINGS_FOLDER}drawing`, ".xml")}.xml`;
  const drawingRels = addRelationships(
    undefined,
    chartPaths.map((path) => ({
      type: RELATIONSHIP_TYPES.chart,
      target: relativeTarget(drawingPath, path),
    })),
  );
  files[relationshipsPath(drawingPath)] = strToU8(drawingRels.xml);
  files[drawingPath] = strToU8(
    chartDrawingXml(
      charts.map((spec, i) => ({
        relationshipId: drawingRels.ids[i] ?? "",
        name: spec.title,
        description: spec.description,
        anchor: spec.anchor,
      })),
    ),
  );

  const sheetRelsPath = relationshipsPath(sheetPath);
  const sheetRels = addRelationships(
    files[sheetRelsPath] === undefined ? undefined : readPart(files, sheetRelsPath),
    [{ type: RELATIONSHIP_TYPES.drawing, target: relativeTarget(sheetPath, drawingPath) }],
  );
  files[sheetRelsPath] = strToU8(sheetRels.xml);
  files[sheetPath] = strToU8(addDrawingElement(readPart(files, sheetPath), sheetRels.ids[0] ?? ""));

  files[CONTENT_TYPES_PART] = strToU8(
    addContentTypeOverrides(readPart(files, CONTENT_TYPES_PART), [
      { partPath: drawingPath, contentType: CONTENT_TYPES.drawing },
      ...chartPaths.map((partPath) => ({ partPath, contentType: CONTENT_TYPES.chart })),
    ]),
  );
  return zipSync(files);
}
