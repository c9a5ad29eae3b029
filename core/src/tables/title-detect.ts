/**
 * Reads the lines above a table's header: its title ("Table 3. Refugees…", "Tablax. …", an
 * upper-case heading followed by «за январь - декабрь 2016 года»), key/value metadata
 * ("Unit of measure | Person", "Dataset: | …") and the notes that are neither.
 */
import type { SheetView } from "./sheet-view";

export interface TableContext {
  title: string | null;
  metadata: Record<string, string>;
  /** Every text line read above the header, top to bottom. */
  lines: string[];
}

const TABLE_WORD_RE = /^(tab(le|la|leau|elul|ela)\p{L}*|таблица|جدول)[\s.:]*[\p{L}\d]*/iu;
const NOTE_RE =
  /^(source|sources|fuente|note|notes|nota|notas|data extracted|last updated|all data are provisional|suggested citation|copyright|pop\/db|[*]|примечани|источник|important notes)/iu;
const TITLE_METADATA_KEYS = /^(dataset|table|title|tabla|tableau|titre|название|titlu)$/iu;
/** A table's code before its title: one word with digits ("su-f-1.1.1.5", "T_02.01", "px-x-0103"). */
const TABLE_CODE_RE = /^(?=[^\s]*\d)[\p{L}\d][\p{L}\d._\-/]{2,24}$/u;
/** A title shorter than this is a label, not a title. */
const MIN_TITLE_CHARS = 10;
/** A key in key/value metadata is short. */
const MAX_METADATA_KEY_CHARS = 40;

function rowTexts(view: SheetView, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < view.width; c++) {
    if (view.kind(r, c) !== "empty") out.push(view.text(r, c).replace(/\s+/g, " "));
  }
  return out;
}

export function readContext(view: SheetView, fromRow: number, toRow: number): TableContext {
  const metadata: Record<string, string> = {};
  const lines: string[] = [];
  const plain: string[] = [];
  for (let r = Math.max(0, fromRow); r < toRow; r++) {
    const texts = rowTexts(view, r);
    if (texts.length === 0) continue;
    const [key, value] = texts;
    if (
      texts.length === 2 &&
      key !== undefined &&
      value !== undefined &&
      key.length <= MAX_METADATA_KEY_CHARS &&
      /\p{L}/u.test(value)
    ) {
      metadata[key.replace(/:\s*$/, "").trim()] = value;
    } else if (texts.length <= 2 && /\p{L}/u.test(texts.join(""))) {
      plain.push(texts.join(" "));
    }
    lines.push(texts.join(" "));
  }
  return { title: pickTitle(plain, metadata), metadata, lines };
}

/** A line long enough to be a title, with letters, and no source or note line. */
function isTitleLike(line: string): boolean {
  return line.length >= MIN_TITLE_CHARS && /\p{L}/u.test(line) && !NOTE_RE.test(line);
}

function pickTitle(plain: readonly string[], metadata: Record<string, string>): string | null {
  const numbered = plain.find((l) => TABLE_WORD_RE.test(l));
  if (numbered) return numbered;
  for (const [key, value] of Object.entries(metadata))
    if (TITLE_METADATA_KEYS.test(key)) return value;
  // "su-f-1.1.1.5 | Population résidante permanente selon l'âge": a table's code, then its title.
  for (const [key, value] of Object.entries(metadata))
    if (TABLE_CODE_RE.test(key) && value.length >= MIN_TITLE_CHARS && value.includes(" "))
      return value;
  const start = plain.findIndex(isTitleLike);
  if (start < 0) return null;
  // Prose above a table on a notes sheet: after earlier remarks, the line that introduces the
  // table ends with a colon («…получаем величину реэмиграции по фин. годам:»).
  const intro = plain.findLastIndex(
    (l, i) => i > start && l.trimEnd().endsWith(":") && isTitleLike(l),
  );
  if (intro > start) return plain[intro] ?? null;
  // «…В РОССИЙСКОЙ ФЕДЕРАЦИИ» / «за январь - декабрь 2016 года» / «с распределением по регионам»
  let title = plain[start] ?? "";
  for (let i = start + 1; i < plain.length && /^\p{Ll}/u.test(plain[i] ?? ""); i++)
    title += ` ${plain[i] ?? ""}`;
  return title;
}
