/**
 * What a single cell holds, seen by the table detector: nothing, a number, a missing or
 * suppressed code, or text. Statistics offices write numbers as text and mark gaps with codes,
 * so the raw JSON type alone does not tell.
 */
import type { CellValue } from "../grid/grid";

/** Codes that offices put in place of a value that is missing, suppressed or not applicable. */
export const MISSING_CODES: ReadonlySet<string> = new Set([
  "..",
  "~",
  "...",
  "…",
  "-",
  "–",
  "—",
  "x",
  "X",
  "*",
  "**",
  "(NA)",
  "NA",
  "N/A",
  "n/a",
  "n.a.",
  "(X)",
  "(D)",
  "(S)",
  "(Z)",
  ":",
  "c",
  "#N/A",
]);

export type CellKind = "empty" | "number" | "missing" | "text";

const NUMERIC_TEXT_RE = /^[-+−]?(\d{1,3}([ \u00A0\u202F,]\d{3})+|\d+)([.,]\d+)?%?$/;

/** The cell as trimmed text, "" for empty cells. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  return String(value);
}

/** True for a missing or suppressed code ("..", "x", ":", "(NA)"…), after trimming. */
export function isMissingCode(text: string): boolean {
  return MISSING_CODES.has(text.trim());
}

/** The number a cell holds, also when written as text ("1 234", "12,5%"); undefined otherwise. */
export function cellNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  if (!NUMERIC_TEXT_RE.test(t)) return undefined;
  const n = Number(
    t
      .replace(/[ \u00A0\u202F%]/g, "")
      .replace("−", "-")
      .replace(/,(?=\d{3}\b)/g, "")
      .replace(",", "."),
  );
  return Number.isFinite(n) ? n : undefined;
}

export function cellKind(value: CellValue): CellKind {
  if (value === null) return "empty";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "text";
  const t = value.trim();
  if (t === "") return "empty";
  if (isMissingCode(t)) return "missing";
  if (cellNumber(t) !== undefined) return "number";
  return "text";
}
