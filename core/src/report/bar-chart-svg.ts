/**
 * Horizontal bar charts as SVG text (single or stacked series), laid out with estimated text
 * widths so labels wrap instead of running into the bars. Platform-free: the PNG fallback is
 * drawn from this SVG by whatever rasteriser the platform injects.
 */
import { textWidth, wrapText } from "../layout/text-width";
import { escapeXml } from "../matrix/xml-text";

export interface BarSeries {
  name: string;
  /** #RRGGBB */
  colour: string;
  values: readonly number[];
}

export interface BarChartSpec {
  labels: readonly string[];
  series: readonly BarSeries[];
  /** The axis runs from 0 to this (100 for scores). */
  max: number;
  /** Writes each bar's value at its end (single-series charts). */
  valueLabels: boolean;
  /** Short description for screen readers. */
  description: string;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const WIDTH = 640;
const FONT = 13;
const FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
const LINE = 15;
const LABEL_SHARE = 0.38;
const MAX_LABEL_LINES = 2;
const BAR_GAP = 8;
const MIN_ROW = 24;
const TICKS = 5;
const PAD = 10;
const AXIS_TEXT = 22;
const LEGEND_ROW = 22;
const VALUE_ROOM = 40;
const GRID = "#D0D0D0";
const TEXT = "#222222";

function labelLines(label: string, width: number): string[] {
  const lines = wrapText(label, width, { size: FONT });
  if (lines.length <= MAX_LABEL_LINES) return lines;
  const kept = lines.slice(0, MAX_LABEL_LINES);
  let last = `${kept[MAX_LABEL_LINES - 1] ?? ""}…`;
  while (textWidth(last, { size: FONT }) > width && last.length > 1) last = `${last.slice(0, -2)}…`;
  kept[MAX_LABEL_LINES - 1] = last;
  return kept;
}

function text(x: number, y: number, content: string, anchor: "start" | "end" | "middle"): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

function legend(series: readonly BarSeries[], top: number): { svg: string; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const s of series) {
    const width = 18 + textWidth(s.name, { size: FONT }) + 18;
    if (x + width > WIDTH - PAD && x > PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    parts.push(`<rect x="${x}" y="${y - 11}" width="12" height="12" fill="${s.colour}"/>`);
    parts.push(text(x + 18, y, s.name, "start"));
    x += width;
  }
  return { svg: parts.join(""), height: y - top + LEGEND_ROW };
}

export function barChartSvg(spec: BarChartSpec): ChartSvg {
  const labelWidth = WIDTH * LABEL_SHARE;
  const plotLeft = PAD + labelWidth + PAD;
  const plotRight = WIDTH - PAD - (spec.valueLabels ? VALUE_ROOM : 0);
  const scale = (plotRight - plotLeft) / (spec.max > 0 ? spec.max : 1);
  const rows = spec.labels.map((label) => labelLines(label, labelWidth));
  const parts: string[] = [];
  let y = PAD;
  rows.forEach((lines, index) => {
    const rowHeight = Math.max(MIN_ROW, lines.length * LINE + BAR_GAP);
    const barTop = y + BAR_GAP / 2;
    const barHeight = rowHeight - BAR_GAP;
    const firstBaseline = y + rowHeight / 2 - ((lines.length - 1) * LINE) / 2 + FONT / 2 - 2;
    lines.forEach((line, i) =>
      parts.push(text(PAD + labelWidth, firstBaseline + i * LINE, line, "end")),
    );
    let x = plotLeft;
    let total = 0;
    for (const s of spec.series) {
      const value = s.values[index] ?? 0;
      total += value;
      const width = Math.max(0, value * scale);
      if (width > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${barTop.toFixed(1)}" width="${width.toFixed(1)}" height="${barHeight}" fill="${s.colour}"/>`,
        );
      }
      x += width;
    }
    if (spec.valueLabels) {
      parts.push(text(x + 4, y + rowHeight / 2 + FONT / 2 - 2, String(Math.round(total)), "start"));
    }
    y += rowHeight;
  });
  const plotBottom = y;
  const grid: string[] = [];
  for (let t = 0; t <= TICKS; t += 1) {
    const value = (spec.max * t) / TICKS;
    const x = plotLeft + value * scale;
    grid.push(
      `<line x1="${x.toFixed(1)}" y1="${PAD}" x2="${x.toFixed(1)}" y2="${plotBottom}" stroke="${GRID}"/>`,
    );
    grid.push(text(x, plotBottom + 16, String(Math.round(value)), "middle"));
  }
  let height = plotBottom + AXIS_TEXT;
  let legendSvg = "";
  if (spec.series.length > 1) {
    const drawn = legend(spec.series, height + 12);
    legendSvg = drawn.svg;
    height += 12 + drawn.height;
  }
  height += PAD;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${Math.ceil(height)}" viewBox="0 0 ${WIDTH} ${Math.ceil(height)}" role="img">` +
    `<title>${escapeXml(spec.description)}</title>` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>` +
    `<g font-family="${FONT_FAMILY}" font-size="${FONT}" fill="${TEXT}">${grid.join("")}${parts.join("")}${legendSvg}</g>` +
    `</svg>`;
  return { svg, width: WIDTH, height: Math.ceil(height) };
}
