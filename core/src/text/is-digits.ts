/** True for a non-empty string of ASCII digits only: the commonest table cell and header. */
const DIGIT_0 = 48;
const DIGIT_9 = 57;

export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < DIGIT_0 || ch > DIGIT_9) return false;
  }
  return true;
}
