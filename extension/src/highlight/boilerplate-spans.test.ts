// @vitest-environment happy-dom
/**
 * Boilerplate spans found after the walk, by binary search over the walked nodes, against the
 * plain rule: a walked node is boilerplate when a root contains it, and touching nodes make one
 * span. Random pages: roots nest nowhere (findBoilerplate keeps the outermost), sit side by side
 * or apart, hold only skipped or blank text, or none at all.
 */
import fc from "fast-check";
import { runSteps, type TextSpan } from "@gapmap/core/tagging";
import { describe, expect, test } from "vitest";
import { addSpan, boilerplateSpansInSteps } from "./boilerplate-spans";
import { collectPageText } from "./text-walker";

type Block = { root: boolean; tag: string; texts: string[] };

const blockArbitrary: fc.Arbitrary<Block> = fc.record({
  root: fc.boolean(),
  tag: fc.constantFrom("nav", "div", "p", "script", "ul"),
  texts: fc.array(fc.constantFrom("menu", "figure 12", " ", "net migration"), { maxLength: 3 }),
});

/** Builds the blocks (each a child of body, some inside an extra wrapper); returns the roots. */
function build(blocks: Block[]): Element[] {
  document.body.replaceChildren();
  const roots: Element[] = [];
  blocks.forEach((block, i) => {
    const el = document.createElement(block.tag);
    for (const text of block.texts) {
      const span = document.createElement("span");
      span.textContent = text;
      el.append(span, document.createTextNode(i % 2 === 0 ? "\n" : " x "));
    }
    const parent = i % 3 === 0 ? document.body.appendChild(document.createElement("div")) : null;
    (parent ?? document.body).append(el);
    if (block.root) roots.push(el);
  });
  return roots;
}

function plainSpans(roots: Element[]): TextSpan[] {
  const page = collectPageText(document.body);
  const spans: TextSpan[] = [];
  page.nodes.forEach((node, i) => {
    if (roots.some((root) => root.contains(node))) {
      addSpan(spans, page.starts[i] ?? 0, node.data.length);
    }
  });
  return spans;
}

describe("boilerplateSpansInSteps", () => {
  test("finds the spans a containment test of every walked node finds", () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 12 }), (blocks) => {
        const roots = build(blocks);
        const page = collectPageText(document.body);
        expect(runSteps(boilerplateSpansInSteps(page, roots))).toEqual(plainSpans(roots));
      }),
      { numRuns: 300 },
    );
  });

  test("joins touching roots into one span and keeps the text between others out", () => {
    const roots = build([
      { root: true, tag: "nav", texts: ["menu"] },
      { root: true, tag: "ul", texts: ["menu"] },
      { root: false, tag: "p", texts: ["net migration"] },
      { root: true, tag: "div", texts: ["figure 12"] },
    ]);
    const page = collectPageText(document.body);
    const spans = runSteps(boilerplateSpansInSteps(page, roots));
    expect(spans).toEqual(plainSpans(roots));
    expect(spans.length).toBe(2);
  });
});
