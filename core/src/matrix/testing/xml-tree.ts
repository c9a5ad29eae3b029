/**
 * A strict little XML parser for tests: throws on anything not well-formed (unbalanced or
 * mismatched tags, unquoted or duplicate attributes, bad entities, stray `<` or `&`, text
 * outside the root) and returns the element tree. Written separately from the production
 * scanner so the chart writer is not checked by its own code.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(raw)) {
    throw new Error(`Bad character or entity near offset ${where}: ${raw.slice(0, 40)}`);
  }
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, body: string) =>
    body.startsWith("#x")
      ? String.fromCodePoint(parseInt(body.slice(2), 16))
      : body.startsWith("#")
        ? String.fromCodePoint(parseInt(body.slice(1), 10))
        : (ENTITIES[body] ?? ""),
  );
}

export function parseXml(xml: string): XmlElement {
  let at = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skip = (pattern: RegExp) => {
    const m = pattern.exec(xml.slice(at));
    if (m?.index !== 0) return false;
    at += m[0].length;
    return true;
  };
  while (at < xml.length) {
    if (skip(/^<\?[\s\S]*?\?>/) || skip(/^<!--[\s\S]*?-->/)) continue;
    const current = stack[stack.length - 1];
    if (xml.startsWith("</", at)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(at));
      if (!m || current?.name !== m[1]) throw new Error(`Mismatched closing tag at ${at}`);
      stack.pop();
      at += m[0].length;
    } else if (xml[at] === "<") {
      const name = NAME.exec(xml.slice(at + 1))?.[0];
      if (name === undefined) throw new Error(`Bad tag at ${at}`);
      at += 1 + name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: "" };
      for (;;) {
        const attribute = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(
          xml.slice(at),
        );
        if (!attribute?.[1]) break;
        if (attribute[1] in element.attributes) throw new Error(`Duplicate ${attribute[1]}`);
        element.attributes[attribute[1]] = decode(attribute[3] ?? attribute[4] ?? "", at);
        at += attribute[0].length;
      }
      const end = /^\s*(\/?)>/.exec(xml.slice(at));
      if (!end) throw new Error(`Unterminated tag <${name}> at ${at}`);
      at += end[0].length;
      if (current) current.children.push(element);
      else if (root === undefined) root = element;
      else throw new Error("Two root elements");
      if (end[1] !== "/") stack.push(element);
    } else {
      const next = xml.indexOf("<", at);
      const raw = xml.slice(at, next < 0 ? xml.length : next);
      if (current) current.text += decode(raw, at);
      else if (raw.trim() !== "") throw new Error(`Text outside the root at ${at}`);
      at += raw.length;
    }
  }
  if (root === undefined || stack.length > 0) throw new Error("Unclosed or missing root element");
  return root;
}

/** Every descendant element named `name` (with its prefix, e.g. "c:f"), in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...findAll(child, name),
  ]);
}
