/**
 * The extension's highlight registry (extension/src/highlight/highlight-registry.ts) in real
 * headless Chromium: its ::highlight() rules match only the elements it marks, so the test checks
 * on screen that what it registers is painted — text directly in a paragraph, text split across
 * an inline element, the record highlight — that nothing else is, and that a repaint elsewhere
 * (the viewport moved) unpaints the old text and unmarks its elements. The screenshot goes to
 * test/artifacts/highlight-paint.png. Painting in batches (batched-paint.ts) is checked frame
 * by frame: each frame either marks elements or registers ranges, never both.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { pngStats } from "../support/png-stats";
import { REPO } from "../support/taskpane-dist";

const ARTIFACTS = join(REPO, "test/artifacts");
const HIGHLIGHT_DIR = join(REPO, "extension/src/highlight");
/** rgba(255, 214, 0, 0.45) and rgba(0, 170, 120, 0.35) over white, as the screen shows them. */
const INDICATOR_ON_WHITE = "#FFEC8C";
const RECORD_ON_WHITE = "#A6E1D0";

const PAGE = `<!doctype html><html><head><style>
  body { font: 20px/1.6 sans-serif; margin: 16px; background: #fff; color: #000; }
</style></head><body>
  <p id="a">Net <b id="a-b">migration</b> was positive in the region.</p>
  <p id="c">Remittances received rose again.</p>
  <p id="d">Asylum applications fell in the last quarter.</p>
  <p id="e">Nothing is painted in this line.</p>
</body></html>`;

let browser: Browser | undefined;
let page: Page | undefined;

beforeAll(async () => {
  requireChromium("the highlight painting test");
  const bundled = await build({
    // One bundle, so the registry's marks are shared by both modules.
    stdin: {
      contents: `export * from "./highlight-registry"; export { paintInBatches } from "./batched-paint";`,
      resolveDir: HIGHLIGHT_DIR,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "registry",
    write: false,
    logLevel: "silent",
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
  page = await browser.newPage({ viewport: { width: 700, height: 260 } });
  await page.setContent(PAGE);
  await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? "" });
  // Paints words of the page: [element id, child index of its text node, word] per range.
  await page.evaluate(`window.paint = (name, words) => {
    const ranges = words.map(([id, child, word, endId, endChild, endWord]) => {
      const start = document.getElementById(id).childNodes[child];
      const end = endId ? document.getElementById(endId).childNodes[endChild] : start;
      const from = start.data.indexOf(word);
      const to = endId ? end.data.indexOf(endWord) + endWord.length : from + word.length;
      return new StaticRange({ startContainer: start, startOffset: from, endContainer: end, endOffset: to });
    });
    return registry.setHighlight(document, name, ranges);
  }`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

function open(): Page {
  if (page === undefined) throw new Error("Chromium did not start");
  return page;
}

/** Whether the box of `selector`'s text `word` shows `colour` on screen. */
async function showsColour(selector: string, word: string, colour: string): Promise<boolean> {
  const p = open();
  const box = await p.evaluate(
    ([sel, w]) => {
      const el = document.querySelector(sel);
      const walker = document.createTreeWalker(el ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return undefined;
    },
    [selector, word] as const,
  );
  if (box === undefined) throw new Error(`no "${word}" in ${selector}`);
  return pngStats(await p.screenshot({ clip: box })).hasColour(colour);
}

const markedIds = () =>
  open().evaluate(
    `[...document.querySelectorAll("[data-gapmap-painted]")].map((e) => e.id).sort()`,
  );

describe("highlights on screen", () => {
  it("paints exactly the registered ranges, across inline elements, and moves with a repaint", async () => {
    const p = open();
    await p.evaluate(
      `paint("gapmap-indicator", [["a", 0, "Net", "a-b", 0, "migration"], ["c", 0, "Remittances"]])`,
    );
    await p.evaluate(`paint("gapmap-record", [["d", 0, "Asylum"]])`);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "highlight-paint.png"), await p.screenshot());

    expect(await showsColour("#a", "Net", INDICATOR_ON_WHITE)).toBe(true);
    expect(await showsColour("#a-b", "migration", INDICATOR_ON_WHITE)).toBe(true);
    expect(await showsColour("#c", "Remittances", INDICATOR_ON_WHITE)).toBe(true);
    expect(await showsColour("#d", "Asylum", RECORD_ON_WHITE)).toBe(true);
    expect(await showsColour("#a", "positive", INDICATOR_ON_WHITE)).toBe(false);
    expect(await showsColour("#e", "Nothing", INDICATOR_ON_WHITE)).toBe(false);
    expect(await markedIds()).toEqual(["a", "a-b", "c", "d"]);

    // The viewport moved: other words are painted, the old ones no longer are.
    await p.evaluate(`paint("gapmap-indicator", [["e", 0, "Nothing"]])`);
    expect(await showsColour("#e", "Nothing", INDICATOR_ON_WHITE)).toBe(true);
    expect(await showsColour("#a-b", "migration", INDICATOR_ON_WHITE)).toBe(false);
    expect(await showsColour("#c", "Remittances", INDICATOR_ON_WHITE)).toBe(false);
    expect(await showsColour("#d", "Asylum", RECORD_ON_WHITE)).toBe(true);
    expect(await markedIds()).toEqual(["d", "e"]);
  });
});

/** Paragraphs of one word each, a batch of ranges per BATCH paragraphs. */
const BATCHES = 3;
const BATCH = 6;

describe("highlights painted in batches", () => {
  it("marks and registers in alternate frames, first batch first, until all are painted", async () => {
    const p = open();
    const paragraphs = Array.from({ length: BATCHES * BATCH }, (_, i) => `<p>Word${i}</p>`);
    await p.evaluate(
      `CSS.highlights.clear(); document.body.innerHTML = ${JSON.stringify(paragraphs.join(""))}`,
    );
    const { shownSize, states, changedInCallbacks } = await p.evaluate<{
      shownSize: number;
      states: number[][];
      changedInCallbacks: number;
    }>(
      `(async () => {
        const size = () => CSS.highlights.get("gapmap-indicator")?.size ?? 0;
        const marks = () => document.querySelectorAll("[data-gapmap-painted]").length;
        // What each frame renders: the marks and ranges as its animation frame callbacks run
        // (the steps run in tasks between frames, never inside one).
        const states = [];
        // Animation frame callbacks that changed either (a step there lengthens the frame).
        let changedInCallbacks = 0;
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => raf((time) => {
          const before = String([marks(), size()]);
          cb(time);
          if (String([marks(), size()]) !== before) changedInCallbacks++;
        });
        let watching = true;
        const watch = () => {
          states.push([marks(), size()]);
          if (watching) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
        const ranges = [...document.querySelectorAll("p")].map((el) => new StaticRange({
          startContainer: el.firstChild, startOffset: 0, endContainer: el.firstChild, endOffset: 4,
        }));
        const batches = [];
        for (let i = 0; i < ranges.length; i += ${BATCH}) batches.push(ranges.slice(i, i + ${BATCH}));
        await registry.paintInBatches(document, "gapmap-indicator", batches).firstShown;
        const shownSize = size();
        while (size() < ranges.length) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 100));
        watching = false;
        return { shownSize, states, changedInCallbacks };
      })()`,
    );
    expect(shownSize).toBe(BATCH);
    expect(changedInCallbacks).toBe(0);
    // Frame by frame, one step each (a frame that rendered two would skip a state): marks
    // first, then the ranges they are for.
    const changes = states.filter((s, i) => i === 0 || String(s) !== String(states[i - 1]));
    expect(changes).toEqual(
      Array.from({ length: BATCHES }, (_, k) => [
        [(k + 1) * BATCH, k * BATCH],
        [(k + 1) * BATCH, (k + 1) * BATCH],
      ]).flat(),
    );
    expect(await showsColour("p:first-child", "Word", INDICATOR_ON_WHITE)).toBe(true);
    expect(await showsColour("p:nth-child(3)", "Word", INDICATOR_ON_WHITE)).toBe(true);
  });
});
