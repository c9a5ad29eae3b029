// @vitest-environment happy-dom
import { getCatalogueIndex } from "@gapmap/catalog";
import { createMentionMatcher } from "@gapmap/core/tagging";
import { describe, expect, test } from "vitest";
import { collectPageText, fullText } from "./text-walker";
import { mentionsNearViewport, VIEWPORT_MARGIN_SCREENS } from "./viewport-highlights";

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
});
