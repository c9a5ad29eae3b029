/**
 * Serialised data shown as page text — a JSON object or a Ruby hash printed into a cell by a
 * template that went wrong (`{"SM_POP_REFG_OR"=>"Удио становништва избјеглица", …}`), a code
 * list dumped into a `<pre>` — is a lookup table of every label a site knows, not prose: its
 * words say nothing about what the page reports. A line of text (a text node or a block) is
 * such a dump when it opens with a brace or bracket and its first stretch is made of quoted
 * key → value pairs.
 */

/** How much of a line's start is read to tell a dump from prose. */
const HEAD_LENGTH = 600;
/** Quoted key, then `=>` or `:`, then a quoted, bracketed or numeric value. */
const PAIR_RE = /["'][^"'\n]{1,80}["']\s*(?:=>|:)\s*["'{[\d-]/g;
/** A dump's head holds at least this many pairs. */
const MIN_PAIRS = 3;

/** Where a line starts and ends (end exclusive), found from one of its offsets. */
export interface LineSpan {
  start: number;
  end: number;
}

export function lineAt(text: string, at: number): LineSpan {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return { start, end: end < 0 ? text.length : end };
}

/** True when the line of `text` in `line` is serialised data (see above). */
export function isDataDumpLine(text: string, line: LineSpan): boolean {
  let at = line.start;
  while (at < line.end && /\s/.test(text[at] ?? "")) at++;
  const first = text[at];
  if (first !== "{" && first !== "[") return false;
  const head = text.slice(at, Math.min(line.end, at + HEAD_LENGTH));
  let pairs = 0;
  for (PAIR_RE.lastIndex = 0; PAIR_RE.exec(head) !== null;) if (++pairs >= MIN_PAIRS) return true;
  return false;
}

/**
 * A test for mentions taken in text order: remembers the last line it read, so the many
 * mentions of one long dump cost one look.
 */
export function dataDumpTest(text: string): (at: number) => boolean {
  let last: LineSpan = { start: -1, end: -1 };
  let lastIsDump = false;
  return (at) => {
    if (at < last.start || at >= last.end) {
      last = lineAt(text, at);
      lastIsDump = isDataDumpLine(text, last);
    }
    return lastIsDump;
  };
}
