/**
 * DrawingML for a horizontal clustered bar chart with one series whose categories and values are
 * cell ranges on a worksheet. Caches of the current values are included so viewers that do not
 * recalculate (previews, some mobile apps) still draw the bars.
 */
import { columnLetters } from "../grid/address";
import type { CellAddress, CellRange } from "../grid/grid";
import { escapeXml } from "./xml-text";

export interface BarChartSpec {
  title: string;
  /** Alternative text for screen readers. */
  description: string;
  /** Cell holding the series name (e.g. the "Score" header) and its text. */
  seriesName: { cell: CellAddress; text: string };
  categories: { range: CellRange; labels: readonly string[] };
  values: { range: CellRange; numbers: readonly number[] };
  /** Axis bounds, fixed so charts compare with each other. */
  axis: { min: number; max: number; majorUnit: number };
  /** Cells the chart frame spans (zero-based, inclusive start, exclusive end). */
  anchor: CellRange;
  barColour: string;
}

export const CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_MAIN_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const RELATIONSHIP_NAMESPACE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CATEGORY_AXIS_ID = 500_000_001;
const VALUE_AXIS_ID = 500_000_002;
const TITLE_SIZE = 1400; // hundredths of a point
const BAR_GAP_WIDTH = 60; // percent of a bar's width

/** A sheet name quoted for a formula: always in quotes, inner quotes doubled ('O''Brien'). */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function absolute(cell: CellAddress): string {
  return `$${columnLetters(cell.c)}$${cell.r + 1}`;
}

/** `'Summary'!$A$5:$A$21` (or a single cell). */
export function sheetReference(sheet: string, range: CellRange): string {
  const start = absolute(range.s);
  const end = absolute(range.e);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

function points(values: readonly (string | number)[]): string {
  const body = values
    .map((v, idx) => `<c:pt idx="${idx}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)
    .join("");
  return `<c:ptCount val="${values.length}"/>${body}`;
}

function series(sheet: string, spec: BarChartSpec): string {
  const name = sheetReference(sheet, { s: spec.seriesName.cell, e: spec.seriesName.cell });
  return [
    '<c:ser><c:idx val="0"/><c:order val="0"/>',
    `<c:tx><c:strRef><c:f>${escapeXml(name)}</c:f><c:strCache>${points([spec.seriesName.text])}</c:strCache></c:strRef></c:tx>`,
    `<c:spPr><a:solidFill><a:srgbClr val="${spec.barColour}"/></a:solidFill></c:spPr>`,
    '<c:invertIfNegative val="0"/>',
    '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/>',
    '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>',
    `<c:cat><c:strRef><c:f>${escapeXml(sheetReference(sheet, spec.categories.range))}</c:f>`,
    `<c:strCache>${points(spec.categories.labels)}</c:strCache></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${escapeXml(sheetReference(sheet, spec.values.range))}</c:f>`,
    `<c:numCache><c:formatCode>General</c:formatCode>${points(spec.values.numbers)}</c:numCache></c:numRef></c:val>`,
    "</c:ser>",
  ].join("");
}

function title(text: string): string {
  return [
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>",
    `<a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr>`,
    `<a:r><a:rPr lang="en-US" sz="${TITLE_SIZE}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`,
    '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>',
  ].join("");
}

// Categories run top to bottom in sheet order (maxMin), so the value axis must cross at the
// maximum category to stay at the bottom of the plot.
function axes(spec: BarChartSpec): string {
  const { min, max, majorUnit } = spec.axis;
  return [
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>`,
    '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/>',
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/>`,
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>`,
    `<c:max val="${max}"/><c:min val="${min}"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>`,
    '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/>',
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="max"/><c:crossBetween val="between"/>`,
    `<c:majorUnit val="${majorUnit}"/></c:valAx>`,
  ].join("");
}

/** The chart part (xl/charts/chartN.xml) for `spec`, reading its data from `sheet`. */
export function barChartXml(sheet: string, spec: BarChartSpec): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<c:chartSpace xmlns:c="${CHART_NAMESPACE}" xmlns:a="${DRAWING_MAIN_NAMESPACE}" xmlns:r="${RELATIONSHIP_NAMESPACE}">`,
    '<c:roundedCorners val="0"/><c:chart>',
    title(spec.title),
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>',
    '<c:varyColors val="0"/>',
    series(sheet, spec),
    `<c:gapWidth val="${BAR_GAP_WIDTH}"/>`,
    `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>`,
    axes(spec),
    "</c:plotArea>",
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>',
    "</c:chartSpace>",
  ].join("");
}
