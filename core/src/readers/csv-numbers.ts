/**
 * Numbers in CSV cells. Only unambiguous forms become numbers: "1,234" is 1234 in an English
 * export and 1.234 in a French one, so it stays text unless the rest of the file shows which
 * decimal mark it uses. Codes with leading zeros ("004") and placeholders ("-", "*", "..", ":")
 * stay text too.
 */

export type DecimalMark = "dot" | "comma" | "unknown";

/** Beyond 15 significant digits a double no longer holds the value; such cells are identifiers. */
const MAX_DIGITS = 15;
/** One decimal mark must outnumber the other this many times to be taken as the file's. */
const DECIMAL_MARK_MAJORITY = 10;

const SIGN_RE = /^[+\-\u2212]/;
const INTEGER_RE = /^\d+$/;
const EXPONENT_RE = /^\d+(\.\d+)?[eE][+-]?\d+$/;
const SPACE_GROUPED_RE = /^[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const DOT_DECIMAL_RE = /^\d+\.\d+$/;
const COMMA_DECIMAL_RE = /^\d+,\d+$/;
/** "1.234" or "1,234": a decimal number or a thousands group, depending on the convention. */
const AMBIGUOUS_DOT_RE = /^[1-9]\d{0,2}\.\d{3}$/;
const AMBIGUOUS_COMMA_RE = /^[1-9]\d{0,2},\d{3}$/;
const COMMA_GROUPED_RE = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
const DOT_GROUPED_RE = /^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;

function splitSign(raw: string): { negative: boolean; body: string } {
  const trimmed = raw.trim();
  const signed = SIGN_RE.test(trimmed);
  return { negative: signed && trimmed[0] !== "+", body: signed ? trimmed.slice(1) : trimmed };
}

function hasLeadingZero(body: string): boolean {
  return /^0\d/.test(body);
}

/** Which decimal mark this cell proves, if it proves one. */
export function decimalMarkEvidence(raw: string): "dot" | "comma" | undefined {
  const { body } = splitSign(raw);
  if (hasLeadingZero(body)) return undefined;
  if (DOT_DECIMAL_RE.test(body)) return AMBIGUOUS_DOT_RE.test(body) ? undefined : "dot";
  if (COMMA_DECIMAL_RE.test(body)) return AMBIGUOUS_COMMA_RE.test(body) ? undefined : "comma";
  if (COMMA_GROUPED_RE.test(body) && !AMBIGUOUS_COMMA_RE.test(body)) return "dot";
  if (DOT_GROUPED_RE.test(body) && !AMBIGUOUS_DOT_RE.test(body)) return "comma";
  return undefined;
}

export function decideDecimalMark(dotVotes: number, commaVotes: number): DecimalMark {
  if (dotVotes > 0 && commaVotes * DECIMAL_MARK_MAJORITY <= dotVotes) return "dot";
  if (commaVotes > 0 && dotVotes * DECIMAL_MARK_MAJORITY <= commaVotes) return "comma";
  return "unknown";
}

function toNumber(normalized: string, negative: boolean): number | undefined {
  if (normalized.replace(/\D/g, "").replace(/^0+/, "").length > MAX_DIGITS) return undefined;
  const n = Number(normalized);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/** The number a cell holds, or undefined when it is text (or too ambiguous to tell). */
export function parseCsvNumber(raw: string, mark: DecimalMark): number | undefined {
  const { negative, body } = splitSign(raw);
  if (body === "" || hasLeadingZero(body)) return undefined;
  if (INTEGER_RE.test(body) || EXPONENT_RE.test(body)) return toNumber(body, negative);
  if (SPACE_GROUPED_RE.test(body))
    return toNumber(body.replace(/[ \u00a0\u202f]/g, "").replace(",", "."), negative);
  if (DOT_DECIMAL_RE.test(body)) {
    if (AMBIGUOUS_DOT_RE.test(body) && mark === "comma")
      return toNumber(body.replace(".", ""), negative);
    return toNumber(body, negative);
  }
  if (COMMA_DECIMAL_RE.test(body)) {
    if (AMBIGUOUS_COMMA_RE.test(body)) {
      if (mark === "dot") return toNumber(body.replace(",", ""), negative);
      if (mark === "comma") return toNumber(body.replace(",", "."), negative);
      return undefined;
    }
    return mark === "dot" ? undefined : toNumber(body.replace(",", "."), negative);
  }
  if (COMMA_GROUPED_RE.test(body))
    return mark === "comma" ? undefined : toNumber(body.replace(/,/g, ""), negative);
  if (DOT_GROUPED_RE.test(body)) {
    return mark === "dot"
      ? undefined
      : toNumber(body.replace(/\./g, "").replace(",", "."), negative);
  }
  return undefined;
}
