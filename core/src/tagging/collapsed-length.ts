/**
 * The length of a text with its white space collapsed and trimmed, as
 * `text.replace(/\s+/g, " ").trim().length` gives it, without building either copy: the page's
 * boilerplate search asks it of every link's text (12,000 on a long page).
 */

const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const NBSP = 0xa0;
const OGHAM_SPACE = 0x1680;
const EN_QUAD = 0x2000;
const HAIR_SPACE = 0x200a;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const NARROW_NBSP = 0x202f;
const MEDIUM_MATH_SPACE = 0x205f;
const IDEOGRAPHIC_SPACE = 0x3000;
const BYTE_ORDER_MARK = 0xfeff;

/** True for a code unit that JavaScript's `\s` (and `String.prototype.trim`) counts as white space. */
export function isJsWhiteSpace(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
  if (code < OGHAM_SPACE) return code === NBSP;
  return (
    code === OGHAM_SPACE ||
    (code >= EN_QUAD && code <= HAIR_SPACE) ||
    code === LINE_SEPARATOR ||
    code === PARAGRAPH_SEPARATOR ||
    code === NARROW_NBSP ||
    code === MEDIUM_MATH_SPACE ||
    code === IDEOGRAPHIC_SPACE ||
    code === BYTE_ORDER_MARK
  );
}

/** `text.replace(/\s+/g, " ").trim().length`, counted in place. */
export function collapsedLength(text: string): number {
  let length = 0;
  /** A run of white space after some visible text: it counts as one space if text follows. */
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isJsWhiteSpace(text.charCodeAt(i))) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
  }
  return length;
}

/** The first code unit of `text` that is not white space, or -1 when there is none. */
export function firstVisibleCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isJsWhiteSpace(code)) return code;
  }
  return -1;
}
