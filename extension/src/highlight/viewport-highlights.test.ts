// @vitest-environment happy-dom
import { getCatalogueIndex } from "@gapmap/catalog";
import { createMentionMatcher } from "@gapmap/core/tagging";
import { describe, expect, test } from "vitest";
import { collectPageText, fullText } from "./text-walker";
import {
  batchesOf,
  mentionsNearViewport,
  PAINT_BATCH,
  viewportFirst,
  VIEWPORT_MARGIN_SCREENS,
} from "./viewport-highlights";

const PARAGRAPHS = 200;
const LINE_PX = 50;

/** A laid-out page stand-in: paragraph i sits at i * LINE_PX, scrolled by `scrollY`. */
function layOut(scrollY: number, hidden: ReadonlySet<number> = new Set()) {
  document.querySelectorAll("p").forEach((p, i) => {
    const top = i * LINE_PX - scrollY;
    const rect = hidden.has(i) ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, top, 600, LINE_PX);
    p.getBoundingClientRect = () => rect;
  });
}

function setUp() {
  document.body.innerHTML = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p>Net migration in region ${i}</p>`,
  ).join("");
  const page = collectPageText(document.body);
  const mentions = createMentionMatcher(getCatalogueIndex()).findMentions(fullText(page));
  return { page, mentions };
}

describe("mentions near the viewport", () => {
  test("only the paragraphs within a screen of the viewport are painted, wherever it is", () => {
    const { page, mentions } = setUp();
    expect(mentions).toHaveLength(PARAGRAPHS);
    const height = window.innerHeight;
    for (const scrollY of [0, 3000, 7000]) {
      layOut(scrollY);
      const near = mentionsNearViewport(document, page, mentions);
      const margin = height * VIEWPORT_MARGIN_SCREENS;
      const expected = Array.from({ length: PARAGRAPHS }, (_, i) => i).filter((i) => {
        const top = i * LINE_PX - scrollY;
        return top + LINE_PX >= -margin && top <= height + margin;
      });
      expect(near).toEqual(expected);
      expect(near.length).toBeLessThan(PARAGRAPHS);
    }
  });

  test("hidden blocks are skipped without ending the scan", () => {
    const { page, mentions } = setUp();
    layOut(0, new Set([1, 2, 3]));
    const near = mentionsNearViewport(document, page, mentions);
    expect(near).not.toContain(2);
    expect(near).toContain(0);
    expect(near).toContain(4);
  });

  test("those in view are painted first, then those below, then those above, nearest first", () => {
    const { page, mentions } = setUp();
    const height = window.innerHeight;
    const scrollY = 3000;
    layOut(scrollY);
    const near = mentionsNearViewport(document, page, mentions);
    const order = viewportFirst(document, page, mentions, near);
    expect([...order].sort((a, b) => a - b)).toEqual(near);
    const top = (i: number) => i * LINE_PX - scrollY;
    const inView = near.filter((i) => top(i) + LINE_PX >= 0 && top(i) <= height);
    expect(inView.length).toBeGreaterThan(0);
    expect(order.slice(0, inView.length)).toEqual(inView);
    const rest = order.slice(inView.length);
    const firstAbove = rest.findIndex((i) => top(i) < 0);
    expect(firstAbove).toBeGreaterThan(0);
    // Below: going down from the viewport; above: going up from it.
    expect(rest.slice(0, firstAbove)).toEqual(near.filter((i) => top(i) > height));
    expect(rest.slice(firstAbove)).toEqual(near.filter((i) => top(i) + LINE_PX < 0).reverse());
  });
});

describe("paint batches", () => {
  const order = Array.from({ length: PAINT_BATCH * 2 + 5 }, (_, i) => 1000 - i);

  test("batches keep the order and hold PAINT_BATCH mentions each, the last the rest", () => {
    const batches = batchesOf(order, new Set());
    expect(batches.map((b) => b.length)).toEqual([PAINT_BATCH, PAINT_BATCH, 5]);
    expect(batches.flat()).toEqual(order);
  });

  test("mentions painted before join the first batch, which still gets PAINT_BATCH new ones", () => {
    const before = new Set([order[3], order.at(-1)].map(Number));
    const batches = batchesOf(order, before);
    const first = batches[0] ?? [];
    expect(first.slice(0, 2)).toEqual([order[3], order.at(-1)]);
    expect(first.filter((i) => !before.has(i))).toEqual(
      order.filter((i) => !before.has(i)).slice(0, PAINT_BATCH),
    );
    expect(batches.flat().sort()).toEqual([...order].sort());
  });
});
