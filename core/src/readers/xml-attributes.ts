/** Just enough XML for package manifests: attributes of one tag, with entities decoded. */

const ATTRIBUTE_RE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X"))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Attributes by local name (prefix dropped: "r:id" → "id"). */
export function parseAttributes(tagBody: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tagBody.matchAll(ATTRIBUTE_RE)) {
    const qualified = m[1] ?? "";
    const local = qualified.includes(":") ? qualified.slice(qualified.indexOf(":") + 1) : qualified;
    attrs.set(local, decodeXmlEntities(m[2] ?? m[3] ?? ""));
  }
  return attrs;
}

/** Attribute maps of every `<tag …>` element (any namespace prefix) in the text. */
export function elementsNamed(xml: string, tag: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, "g");
  return [...xml.matchAll(re)].map((m) => parseAttributes(m[1] ?? ""));
}
