/**
 * CSV injection guard (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that
 * starts with `=`, `+`, `-`, `@`, tab or carriage return as a formula. Such cells are written
 * with a leading apostrophe, so Excel and LibreOffice read them as text, and the apostrophe is
 * taken off again on import. Every CSV writer in the project goes through writeCsv, which calls
 * neutraliseCsvCell; readCsv calls restoreCsvCell.
 *
 * The mapping is reversible for every string: a cell that already starts with apostrophes
 * followed by a formula character gets one more apostrophe, and restoring takes exactly one off.
 * Plain numbers (`-12`, `-0.5`) are not formulas and are left as they are.
 */

/** Any run of apostrophes, then a character a spreadsheet starts a formula with. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** Apostrophes we added: at least one, then a formula character. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function neutraliseCsvCell(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

export function restoreCsvCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}
