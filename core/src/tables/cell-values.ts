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

/**
 * A run of two to four dashes, or of four dots or more: IRCC writes "--" for counts between 0 and 5, others
 * "---", "----" or "....". Read as text, a row of them stops being data and splits its table.
 */
const MARK_RUN_RE = /^(?:[-–—−]{2,4}|\.{4,})$/;

/** True for a missing or suppressed code ("..", "x", ":", "(NA)", "--"…), after trimming. */
export function isMissingCode(text: string): boolean {
  const t = text.trim();
  if (MISSING_CODES.has(t)) return true;
  // Most texts are words: test the regex only on a text that starts with a dash or a dot.
  const first = t.charCodeAt(0);
  return (
    (first === 0x2d || first === 0x2e || (first >= 0x2013 && first <= 0x2212)) &&
    MARK_RUN_RE.test(t)
  );
}

/**
 * Eurostat's bulk files write a value's flags after it, one space apart ("38 u", "3670 p",
 * ": c", "12.5 bep"): b break in series, c confidential, d definition differs, e estimated,
 * f forecast, n not significant, p provisional, r revised, s Eurostat estimate, u low
 * reliability, z not applicable.
 */
const FLAGGED_VALUE_RE = /^(\S+) [bcdefinprsuz]{1,3}$/;
const FLAG_LETTERS = "bcdefinprsuz";

/** The value of a flagged cell without its flags ("38 u" → "38"), or undefined when unflagged. */
export function withoutFlags(text: string): string | undefined {
  // Most text cells end in no flag letter after a space: skip the regex for them.
  if (!FLAG_LETTERS.includes(text.at(-1) ?? " ") || !text.includes(" ")) return undefined;
  return FLAGGED_VALUE_RE.exec(text)?.[1];
}

/** The number a cell holds, also when written as text ("1 234", "12,5%", "38 u"); undefined otherwise. */
export function cellNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  let t = value.trim();
  if (!NUMERIC_TEXT_RE.test(t)) {
    const unflagged = withoutFlags(t);
    if (unflagged === undefined || !NUMERIC_TEXT_RE.test(unflagged)) return undefined;
    t = unflagged;
  }
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
  if (withoutFlags(t) === ":") return "missing";
  return "text";
}
