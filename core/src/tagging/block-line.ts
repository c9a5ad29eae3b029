/**
 * A line this long without a sentence mark at its end is a block of its own (a headline, a
 * related article's title, a list item): its figures are not those of the sentence after it.
 * Shorter lines (a heading, a label, a key figure over its caption: "3.6 million\nSyrian
 * refugees") still run on into the next line.
 */
export const BLOCK_LINE_CHARS = 40;
/** At most this many lines are looked back over. */
const LINES_BACK = 4;

/**
 * The last "\n" at or before `from` and after `floor`, or -1. Bounded, unlike
 * `lastIndexOf`, which scans back to the text's start when a line has no break: on a page
 * whose text has no newlines, that made mention selection quadratic in the text's length.
 */
function lastBreakAfter(text: string, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - 1); i > floor; i--) {
    if (text.charCodeAt(i) === 10) return i;
  }
  return -1;
}

/** `begin`, or later: after the last block line (BLOCK_LINE_CHARS) between it and `at`. */
export function afterBlockLine(text: string, begin: number, at: number): number {
  // A break at or before `begin` ends the look-back as no break at all would.
  let lineStart = lastBreakAfter(text, at - 1, begin);
  for (let k = 0; k < LINES_BACK && lineStart > begin; k++) {
    // Only a break within BLOCK_LINE_CHARS before `lineStart` can make its line short; none
    // found there (-1) reads as a block line, as a farther break would.
    const previous = lastBreakAfter(
      text,
      lineStart - 1,
      Math.max(-1, lineStart - 1 - BLOCK_LINE_CHARS),
    );
    if (lineStart - previous - 1 >= BLOCK_LINE_CHARS) return lineStart + 1;
    lineStart = previous;
  }
  return begin;
}
