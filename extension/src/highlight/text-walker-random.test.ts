// @vitest-environment happy-dom
/**
 * The walker against the plain rule on random pages: a text node is read unless an ancestor is
 * skipped (script, style, svg, form field, editable region, our host) or it is blank, and its
 * block is its nearest block ancestor. Skipped subtrees nest, sit side by side, hold no text,
 * and the block lookups happen only when asked for, in any pattern.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TextWalker } from "./text-walker";

type Tree = string | { tag: string; editable?: string; host?: boolean; children: Tree[] };

const TAGS = ["div", "p", "span", "b", "li", "section", "td", "svg", "script", "style", "textarea"];
const TEXTS = ["word", " ", "\u00a0", "x y", "\n  "];
const SKIPPED = new Set(["script", "style", "noscript", "textarea", "template", "svg"]);
const BLOCKS = new Set(["div", "p", "li", "section", "td", "body"]);

const treeArbitrary = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    tie("node"),
  ),
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    editable: fc.constantFrom(undefined, "", "true", "false"),
    host: fc.integer({ min: 0, max: 15 }).map((n) => n === 0),
    children: fc.array(tie("tree"), { maxLength: 4 }),
  }) as fc.Arbitrary<Tree>,
}));

function build(doc: Document, tree: Tree, parent: Node, hosts: Element[]): void {
  if (typeof tree === "string") {
    parent.appendChild(doc.createTextNode(tree));
    return;
  }
  const el =
    tree.tag === "svg"
      ? doc.createElementNS("http://www.w3.org/2000/svg", "svg")
      : doc.createElement(tree.tag);
  if (tree.editable !== undefined) el.setAttribute("contenteditable", tree.editable);
  if (tree.host === true) hosts.push(el);
  parent.appendChild(el);
  for (const child of tree.children) build(doc, child, el, hosts);
}

function isSkipped(el: Element, host: Element | null): boolean {
  const editable = el.getAttribute("contenteditable");
  return (
    el === host ||
    SKIPPED.has(el.localName) ||
    (editable !== null && editable !== "false" && editable !== "inherit")
  );
}

/** The plain rule: [text, breakBefore] per visible text node. */
function reference(root: Element, host: Element | null): [string, boolean][] {
  const out: [string, boolean][] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let previous: Node | null | undefined;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    let skipped = false;
    let block: Node | null = null;
    for (let el = node.parentElement; el !== null; el = el.parentElement) {
      if (isSkipped(el, host)) skipped = true;
      if (block === null && BLOCKS.has(el.localName)) block = el;
      if (el === root) break;
    }
    const text = (node as Text).data;
    if (skipped || text.trim() === "") continue;
    out.push([text, previous !== undefined && block !== previous]);
    previous = block;
  }
  return out;
}

describe("text walker on random pages", () => {
  test("reads the same nodes and blocks as the plain rule, with lazy or eager block lookups", () => {
    fc.assert(
      fc.property(
        fc.array(treeArbitrary.tree, { maxLength: 6 }),
        fc.array(fc.boolean()),
        (trees, asks) => {
          document.body.replaceChildren();
          const hosts: Element[] = [];
          for (const tree of trees) build(document, tree, document.body, hosts);
          const host = hosts[0] ?? null;
          const expected = reference(document.body, host);
          const walker = new TextWalker(document.body, host);
          const seen: [string, boolean][] = [];
          for (let i = 0; walker.advance(); i++) {
            // Ask for the block only sometimes, as the tagger does; when asked, it must be right.
            const ask = asks.length === 0 || asks[i % asks.length] === true;
            seen.push([walker.text, ask ? walker.breakBefore() : (expected[i]?.[1] ?? false)]);
          }
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
