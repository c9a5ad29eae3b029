// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  addPaintedElements,
  HIGHLIGHT_CSS,
  INDICATOR_HIGHLIGHT,
  PAINTED_ATTRIBUTE,
  RECORD_HIGHLIGHT,
  setHighlight,
} from "./highlight-registry";

function textOf(selector: string): Text {
  const node = document.querySelector(selector)?.firstChild;
  if (!(node instanceof Text)) throw new Error(`no text in ${selector}`);
  return node;
}

/** A range as the tagger builds them (happy-dom has no StaticRange constructor). */
function rangeOver(from: Text, to: Text = from): AbstractRange {
  return {
    startContainer: from,
    startOffset: 0,
    endContainer: to,
    endOffset: to.length,
    collapsed: false,
  };
}

const marked = () =>
  Array.from(document.querySelectorAll(`[${PAINTED_ATTRIBUTE}]`), (el) => el.id).sort();

beforeEach(() => {
  document.body.innerHTML =
    '<p id="p1">Net <b id="b1">migration</b> rate</p><p id="p2">Asylum <i id="i2">seekers</i></p><p id="p3">Other</p>';
});

describe("highlight rules", () => {
  it("match only marked elements, so inserting them restyles no other element", () => {
    const rules = HIGHLIGHT_CSS.trim().split("\n");
    expect(rules).toHaveLength(2);
    for (const rule of rules)
      expect(rule.startsWith(`[${PAINTED_ATTRIBUTE}]::highlight(`)).toBe(true);
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${INDICATOR_HIGHLIGHT})`);
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${RECORD_HIGHLIGHT})`);
  });
});

describe("elements whose text a range covers", () => {
  it("is the text's parent for a range inside one text node", () => {
    const into = new Set<Element>();
    addPaintedElements(rangeOver(textOf("#b1")), into);
    expect([...into].map((el) => el.id)).toEqual(["b1"]);
  });

  it("is every parent of the text nodes from start to end, and nothing after", () => {
    const into = new Set<Element>();
    const p1 = document.querySelector("#p1");
    const last = p1?.lastChild;
    if (!(last instanceof Text)) throw new Error("no trailing text");
    addPaintedElements(rangeOver(textOf("#p1"), textOf("#i2")), into);
    expect([...into].map((el) => el.id).sort()).toEqual(["b1", "i2", "p1", "p2"]);
    const within = new Set<Element>();
    addPaintedElements(rangeOver(textOf("#p1"), last), within);
    expect([...within].map((el) => el.id).sort()).toEqual(["b1", "p1"]);
  });
});

describe("marks follow the highlights", () => {
  beforeEach(() => {
    // Custom highlights as the browser has them: a registry of named sets of ranges.
    vi.stubGlobal("Highlight", class extends Set<AbstractRange> {});
    vi.stubGlobal("CSS", { highlights: new Map<string, Set<AbstractRange>>() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("marks the painted elements, keeps a mark another highlight needs, and unmarks the rest", () => {
    expect(setHighlight(document, INDICATOR_HIGHLIGHT, [rangeOver(textOf("#b1"))])).toBe(1);
    expect(marked()).toEqual(["b1"]);
    expect(document.getElementById("gapmap-highlight-style")?.textContent).toBe(HIGHLIGHT_CSS);
    setHighlight(document, RECORD_HIGHLIGHT, [rangeOver(textOf("#b1")), rangeOver(textOf("#i2"))]);
    expect(marked()).toEqual(["b1", "i2"]);
    // The viewport moved: the indicator highlight now paints p3 only; b1 still holds a record.
    setHighlight(document, INDICATOR_HIGHLIGHT, [rangeOver(textOf("#p3"))]);
    expect(marked()).toEqual(["b1", "i2", "p3"]);
    setHighlight(document, RECORD_HIGHLIGHT, []);
    expect(marked()).toEqual(["p3"]);
    expect(CSS.highlights.get(INDICATOR_HIGHLIGHT)?.size).toBe(1);
    expect(CSS.highlights.get(RECORD_HIGHLIGHT)?.size).toBe(0);
  });
});
