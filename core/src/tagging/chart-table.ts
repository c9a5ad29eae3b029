/**
 * Data tables that a page keeps only inside a chart configuration in a script (Highcharts
 * style: `"series": [...]`, `"categories": [...]`). Scripts are never run: the literal arrays
 * are cut out of the script text by bracket matching and read with JSON.parse and zod, so
 * anything that is not plain JSON data is ignored.
 */
import { z } from "zod";
import type { TableDescription } from "./table-description";

/** A literal longer than this is not read (bounded work on hostile pages). */
export const MAX_LITERAL_CHARS = 2_000_000;

const pointSchema = z.union([
  z.number(),
  z.null(),
  z.object({ x: z.number().int().nonnegative().optional(), y: z.number().nullable() }),
]);
const seriesSchema = z.array(z.object({ name: z.string(), data: z.array(pointSchema) })).min(1);
const categoriesSchema = z.array(z.union([z.string(), z.number()]));

/** The JSON array literal that starts at `open` (a "["), or undefined if not closed in bounds. */
export function arrayLiteralAt(text: string, open: number): string | undefined {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, open + MAX_LITERAL_CHARS);
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return text.slice(open, i + 1);
    }
  }
  return undefined;
}

function parseKeyedArray<T>(script: string, key: string, schema: z.ZodType<T>): T | undefined {
  const match = new RegExp(`"${key}"\\s*:\\s*\\[`).exec(script);
  if (!match) return undefined;
  const literal = arrayLiteralAt(script, match.index + match[0].length - 1);
  if (literal === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(literal));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // not plain JSON (functions, comments): not read
  }
}

const AXIS_TITLE_RE =
  /"yAxis"\s*:\s*\[?\s*\{\s*"title"\s*:\s*\{\s*"text"\s*:\s*("(?:[^"\\]|\\.)*")/;

function axisTitle(script: string): string | undefined {
  const literal = AXIS_TITLE_RE.exec(script)?.[1];
  if (literal === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

const cell = (text: string, header: boolean) => ({ text, header, colSpan: 1, rowSpan: 1 });

/** The chart data of one script as a table: categories down, series across. */
export function chartTableOfScript(script: string): TableDescription | undefined {
  const series = parseKeyedArray(script, "series", seriesSchema);
  if (!series) return undefined;
  const categories = parseKeyedArray(script, "categories", categoriesSchema) ?? [];
  const values = new Map<number, (number | null)[]>();
  series.forEach((s, col) => {
    s.data.forEach((point, i) => {
      const x = typeof point === "object" && point !== null ? (point.x ?? i) : i;
      const y = typeof point === "object" && point !== null ? point.y : point;
      const row = values.get(x) ?? new Array<number | null>(series.length).fill(null);
      row[col] = y;
      values.set(x, row);
    });
  });
  const rows = [...values.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([x, row]) => ({
      cells: [
        cell(String(categories[x] ?? x), false),
        ...row.map((v) => cell(v === null ? "" : String(v), false)),
      ],
    }));
  const header = { cells: [cell("", true), ...series.map((s) => cell(s.name, true))] };
  const title = axisTitle(script);
  return title === undefined
    ? { rows: [header, ...rows] }
    : { caption: title, rows: [header, ...rows] };
}
