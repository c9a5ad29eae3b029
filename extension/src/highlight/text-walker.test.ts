// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";
import {
  collectPageText,
  emptyPageText,
  fullText,
  joinPageTextInSteps,
  NODE_SEPARATOR,
  offsetOfPoint,
  rangeForOffsets,
  TextWalker,
} from "./text-walker";

/** Runs stepped work to its end. */
function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe("page text walker", () => {
  test("skips scripts, styles, form fields, editable regions and our own host", () => {
    const doc = page(`
      <p>Demandes d'asile</p><script>var asylum = 1;</script><style>p{}</style>
      <noscript>enable js</noscript><textarea>typed</textarea>
      <div contenteditable="true">draft text</div><div id="gapmap-overlay">card text</div>
      <p>par <b>nationalité</b></p>`);
    const host = doc.getElementById("gapmap-overlay");
    const text = fullText(collectPageText(doc.body, host));
    expect(text).toContain("Demandes d'asile");
    expect(text).toContain("nationalité");
    for (const hidden of ["asylum", "p{}", "enable js", "typed", "draft text", "card text"]) {
      expect(text).not.toContain(hidden);
    }
  });

  test("reads the text around skipped subtrees: svg, editable regions, our host, scripts", () => {
    const doc = page(`
      <div><svg><text>chart <tspan>label</tspan></text></svg>after svg</div>
      <p contenteditable="false">not editable, kept</p>
      <section><div contenteditable="">editable <b>bold draft</b></div>
      <span>inline after editable</span></section><div id="gapmap-overlay"><p>card</p></div>
      <p>last <i>words</i></p><script>var tail;</script>`);
    const host = doc.getElementById("gapmap-overlay");
    const nodes = collectPageText(doc.body, host).nodes.map((n) => n.data.trim());
    expect(nodes).toEqual([
      "after svg",
      "not editable, kept",
      "inline after editable",
      "last",
      "words",
    ]);
  });

  test("leaves out nodes of white space only, Unicode spaces included", () => {
    const doc = page("<p>\u00a0</p><p>\u3000 \n</p><p>\u2003x</p><p>\n  y</p><p>\ufeff</p>");
    expect(collectPageText(doc.body).nodes.map((n) => n.data)).toEqual(["\u2003x", "\n  y"]);
  });

  test("offsets map back to ranges that span element boundaries", () => {
    const doc = page("<p>Les <em>demandes</em> d'asile 2014</p>");
    const walked = collectPageText(doc.body);
    const text = fullText(walked);
    const start = text.indexOf("demandes");
    const end = text.indexOf("asile") + "asile".length;
    const range = rangeForOffsets(walked, start, end);
    expect(range?.toString().replace(/\s+/g, " ")).toBe("demandes d'asile");
  });

  test("returns no range for offsets outside the text", () => {
    const walked = collectPageText(page("<p>short</p>").body);
    expect(rangeForOffsets(walked, 100, 105)).toBeUndefined();
  });

  test("offsets count the separator between nodes, as the matcher stream does", () => {
    const doc = page("<p>alpha</p><p>beta <i>gamma</i></p>");
    const walked = collectPageText(doc.body);
    expect(fullText(walked)).toBe(["alpha", "beta ", "gamma"].join(NODE_SEPARATOR));
    const gamma = doc.querySelector("i")?.firstChild;
    expect(gamma).toBeTruthy();
    expect(offsetOfPoint(walked, gamma as Node, 2)).toBe(fullText(walked).indexOf("gamma") + 2);
  });

  test("marks a block boundary between cells and paragraphs, not inside inline markup", () => {
    const doc = page(
      "<table><tr><td>asylum</td><td>seekers</td></tr></table><p>net <b>migration</b></p>",
    );
    const walker = new TextWalker(doc.body);
    const breaks: [string, boolean][] = [];
    while (walker.advance()) breaks.push([walker.text, walker.breakBefore()]);
    expect(breaks).toEqual([
      ["asylum", false],
      ["seekers", true],
      ["net ", true],
      ["migration", false],
    ]);
  });

  test("joins the walked texts in steps into the text fullText gives, and caches it", () => {
    const doc = page(
      Array.from(
        { length: 9000 },
        (_, i) => `<p>node ${i}</p>${i % 3 === 0 ? "<b> </b>" : ""}`,
      ).join(""),
    );
    const walked = collectPageText(doc.body);
    const texts = walked.nodes.map((n) => n.data);
    expect(texts.length).toBe(9000);
    const expected = texts.join(NODE_SEPARATOR);
    const joined = runSteps(joinPageTextInSteps(walked, texts));
    expect(joined).toBe(expected);
    expect(joined.length).toBe(walked.length);
    expect(fullText(walked)).toBe(joined);
    expect(runSteps(joinPageTextInSteps(emptyPageText(), []))).toBe("");
  });
});
