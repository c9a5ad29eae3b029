/** Escaping and unescaping of XML text and attribute values, for the parts the chart writer edits. */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
// Characters XML 1.0 forbids outright; a stray control character would make the part unreadable.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Safe in both element text and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_CHARS, "").replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** The attributes of one start tag's text (`<sheet name="A" r:id="rId1"/>`), unescaped. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name, doubleQuoted, singleQuoted] = m;
    if (name !== undefined) attributes.set(name, unescapeXml(doubleQuoted ?? singleQuoted ?? ""));
  }
  return attributes;
}
