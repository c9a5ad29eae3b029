/**
 * End-to-end: the production build of the extension in real headless Chromium (Debian's
 * /usr/bin/chromium), on three real pages served from 127.0.0.1 in three tabs. Pages are tagged
 * by pressing the toolbar action through the DevTools protocol, as a user clicks it; the side
 * panel runs in a 360 px window that follows the browser window's active tab. The keyboard
 * shortcut and the context menu are pressed for real in a windowed Chromium on a virtual X
 * display (Xvfb, xdotool), since headless Chromium delivers neither.
 *
 * Screenshots for people to look at go to test/artifacts/: the panel in English and Arabic at
 * 360 px, and a card opened near the bottom-right corner of an Arabic page.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  ARTIFACTS,
  SETUP_TIMEOUT_MS,
  actionMark,
  clickToolbarAction,
  currentState,
  expectFirstHighlights,
  launchExtension,
  mentionRect,
  openPanel,
  recordInjections,
  taggingPasses,
  type ExtensionBrowser,
  launchHeadfulExtension,
  plainTextPoint,
  screenPoint,
  type PagePath,
  type Point,
  type WorkerGlobals,
} from "./extension-support";
import { requireXTools, startVirtualDisplay, type VirtualDisplay } from "../support/xvfb";
import { CONTENT_SCRIPT_FILES } from "../../extension/src/background/content-script-files";

const INVENTORY_KEY = "gapmap.inventory";
/** A native menu opens in a few frames; keys pressed before it would go to the page. */
const MENU_OPEN_MS = 700;
/**
 * How long a condition may take to come true. Vitest's own default (1 s) gave up on a loaded
 * machine, where a toolbar press or a storage write can take seconds to show.
 */
const POLL_TIMEOUT_MS = 20_000;
/** A toolbar press until the first highlights show. */
const FIRST_PASS_TIMEOUT_MS = 90_000;
let b: ExtensionBrowser;
const tabs = new Map<PagePath, Page>();
let panel: Page;

beforeAll(async () => {
  b = await launchExtension();
  mkdirSync(ARTIFACTS, { recursive: true });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await (b as ExtensionBrowser | undefined)?.close();
});

/** expect.poll, with at least POLL_TIMEOUT_MS to come true. */
function eventually<T>(
  condition: () => T | Promise<T>,
  options: { timeout?: number; message?: string } = {},
) {
  return expect.poll(condition, {
    ...options,
    timeout: Math.max(POLL_TIMEOUT_MS, options.timeout ?? 0),
  });
}

/** The panel shows `page` (its tab followed, its state loaded). */
async function panelShows(page: Page): Promise<void> {
  await eventually(() => panel.locator("[data-page-url]").getAttribute("data-page-url"), {
    timeout: 10_000,
  }).toBe(page.url());
}

/** Hovers a painted mention and checks the card lies fully inside the viewport. */
async function hoverAndCheckCard(page: Page, pick: "first" | "right-most" = "first") {
  const rect = await mentionRect(page, pick);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const card = page.locator("#gapmap-overlay .card");
  await eventually(() => card.count(), { timeout: 5000 }).toBe(1);
  await eventually(async () => card.evaluate((el) => el.style.visibility)).toBe("");
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (box === null || viewport === null) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  return { box, rect };
}

/**
 * Tabs through the first `stops` focus stops of `page` from the top: each is a control, and it
 * looks different with the focus than without it (a focus ring, a caret, a tooltip), compared
 * by the pixels around it.
 */
async function expectVisibleKeyboardFocus(page: Page, stops: number): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.count(), `focus stop ${String(i + 1)}`).toBe(1);
    // Each stop is a new element (marked as it is reached), never the page itself.
    const { name, again } = await focused.evaluate((el) => {
      const again = el.hasAttribute("data-focus-stop");
      el.setAttribute("data-focus-stop", "");
      return {
        name: `${el.tagName} ${el.getAttribute("aria-label") ?? el.textContent.trim()}`,
        again,
      };
    });
    expect(name, `focus stop ${String(i + 1)}`).not.toMatch(/^BODY/);
    expect(again, `focus came back to ${name}`).toBe(false);
    seen.push(name);
    const box = await focused.boundingBox();
    expect(box, name).not.toBeNull();
    if (box === null) return;
    const margin = 6;
    const clip = {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    };
    const withFocus = await page.screenshot({ clip, caret: "initial" });
    // Blurring keeps the sequential navigation point here: the next Tab moves on from it.
    await focused.evaluate((el) => {
      (el as HTMLElement).blur();
    });
    const without = await page.screenshot({ clip, caret: "initial" });
    expect(withFocus.equals(without), `no visible focus on ${name}`).toBe(false);
  }
  expect(seen).toHaveLength(stops);
}

async function storedRecords(): Promise<{ id: string; location: { url: string } }[]> {
  const items = await b.worker.evaluate(
    (key) => (globalThis as unknown as WorkerGlobals).chrome.storage.local.get([key]),
    INVENTORY_KEY,
  );
  const stored = items[INVENTORY_KEY] as
    { inventory: { records: { id: string; location: { url: string } }[] } } | undefined;
  return stored?.inventory.records ?? [];
}

function statusOf(recordId: string) {
  return panel.locator(`[data-record-id="${recordId}"]`).getAttribute("data-status");
}

describe("Gapmap extension, production build, three tabs", () => {
  test("tag by toolbar, hover, save, switch tabs, re-tag, export and re-import", async () => {
    for (const path of ["/fr.html", "/es.html", "/ar.html"] as const) {
      const page = await b.context.newPage();
      await page.goto(`${b.origin}${path}`);
      tabs.set(path, page);
    }
    const fr = tabs.get("/fr.html") as Page;
    const es = tabs.get("/es.html") as Page;
    const ar = tabs.get("/ar.html") as Page;
    await fr.bringToFront();
    panel = await openPanel(b);
    // Not tagged yet: the panel says how to tag, and shows no other page's findings.
    await eventually(() => panel.getByTestId("not-tagged").count()).toBe(1);

    const savedIds = new Map<PagePath, string>();
    for (const [path, page] of tabs) {
      await clickToolbarAction(b, page);
      // Once (CI, session 6) a first press brought no highlight in 90 s, and a second press was
      // tried here since: the gesture's first script had reached the page before its grant did
      // (background/granted-access.ts), and the failure was dropped. Both are fixed: no retry.
      await expectFirstHighlights(b, page, FIRST_PASS_TIMEOUT_MS);
      await panelShows(page);
      await hoverAndCheckCard(page);

      // The form is this page's: prefilled from it, never from the page shown before.
      const form = panel.getByRole("form", { name: "New record" });
      const state = await currentState(b, page);
      expect(state?.mentions.length).toBeGreaterThan(0);
      await panel.getByLabel("Producer").fill(`Producer of ${path}`);
      await form.getByRole("button", { name: "Save record" }).click();
      await eventually(() => form.getByRole("status").textContent()).toBe("Saved");
      const before = new Set(savedIds.values());
      const saved = (await storedRecords()).find((r) => !before.has(r.id));
      expect(saved?.location.url).toBe(page.url());
      savedIds.set(path, saved?.id ?? "");
      // Just saved: anchored on this page (not "on another page").
      await eventually(() => statusOf(saved?.id ?? "")).toBe("anchored");
    }
    // Tables are named for people, never by CSS selector.
    const arTables = (await currentState(b, ar))?.tables ?? [];
    expect(arTables[0]).toMatchObject({ nameSource: "caption" });
    expect(arTables[0]?.name).toContain("طلبات اللجوء");
    for (const t of (await currentState(b, fr))?.tables ?? []) {
      expect(t.name).not.toMatch(/nth-of-type|>|^body/);
    }

    // Switching tabs: the panel follows, with each page's own form and statuses.
    for (const [path, page] of [...tabs].reverse()) {
      await page.bringToFront();
      await panelShows(page);
      await eventually(() => panel.getByTestId("page-title").textContent()).toBe(
        await page.title(),
      );
      for (const [other, id] of savedIds) {
        await eventually(() => statusOf(id)).toBe(other === path ? "anchored" : "other-page");
      }
    }

    // Re-tag an unchanged page by toolbar: still anchored; text inserted above: re-anchored.
    // The page holds the content script already: no file of it is injected again.
    const injected = await recordInjections(b);
    await clickToolbarAction(b, fr);
    await panelShows(fr);
    const frId = savedIds.get("/fr.html") ?? "";
    await eventually(async () => (await currentState(b, fr))?.records).toEqual([
      { recordId: frId, status: "anchored", method: "position" },
    ]);
    expect(await injected()).toEqual([]);
    await fr.evaluate(
      `document.body.prepend(Object.assign(document.createElement("p"), { textContent: "Mise à jour du contenu." }))`,
    );
    await eventually(() => statusOf(frId), { timeout: 10_000 }).toBe("re-anchored");
    // A tab switch after the change still shows the tab's latest state.
    await es.bringToFront();
    await panelShows(es);
    await fr.bringToFront();
    await panelShows(fr);
    await eventually(() => statusOf(frId)).toBe("re-anchored");

    // Navigating a tab: the panel drops the old page at once (none of its state stays on show)
    // and shows the new document once it is tagged; the record of the old URL is elsewhere.
    await es.bringToFront();
    await panelShows(es);
    await es.goto(`${b.origin}/es.html?navigated=1`);
    await eventually(() => panel.getByTestId("not-tagged").count()).toBe(1);
    expect(await panel.locator("[data-page-url]").count()).toBe(0);
    // A new document holds none of the content script: every file is injected, in order.
    const injectedAfterNavigation = await recordInjections(b);
    await clickToolbarAction(b, es);
    await panelShows(es);
    expect(await injectedAfterNavigation()).toEqual(CONTENT_SCRIPT_FILES.map((file) => `/${file}`));
    const esId = savedIds.get("/es.html") ?? "";
    await eventually(() => statusOf(esId)).toBe("other-page");
    // Back on the record's own page it is anchored; once the page's text is gone, orphaned.
    await es.goto(`${b.origin}/es.html`);
    await clickToolbarAction(b, es);
    await panelShows(es);
    await eventually(() => statusOf(esId)).toBe("anchored");
    await es.evaluate(
      `document.body.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Página retirada." }))`,
    );
    await eventually(() => statusOf(esId)).toBe("orphaned");
    await fr.bringToFront();
    await panelShows(fr);

    // Export JSON, CSV and .xlsx; each, imported into an emptied inventory, gives it all back.
    const reference = await storedRecords();
    expect(reference).toHaveLength(3);
    const files = new Map<string, Buffer>();
    for (const [label, name] of [
      ["Export JSON", "gapmap-inventory.json"],
      ["Export CSV", "gapmap-inventory.csv"],
      ["Export .xlsx", "gapmap-inventory.xlsx"],
    ] as const) {
      const download = panel.waitForEvent("download");
      await panel.getByRole("button", { name: label }).click();
      files.set(name, readFileSync(await (await download).path()));
    }
    for (const [name, buffer] of files) {
      await b.worker.evaluate(
        (key) => (globalThis as unknown as WorkerGlobals).chrome.storage.local.remove([key]),
        INVENTORY_KEY,
      );
      await panel.locator('input[type="file"]').setInputFiles({
        name,
        mimeType: "application/octet-stream",
        buffer,
      });
      await eventually(() => storedRecords(), { message: name }).toEqual(reference);
      await eventually(() => panel.getByTestId("inventory-status").textContent()).toMatch(
        /^Imported: 3 records now, 0 duplicates, 0 conflicts/,
      );
    }

    // Screenshots at 360 px: English, then Arabic (right to left).
    await panel.screenshot({ path: join(ARTIFACTS, "extension-panel-360-en.png"), fullPage: true });
    const noSideScroll = () =>
      panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noSideScroll()).toBe(true);
    await panel.getByLabel("Language").selectOption("ar");
    await eventually(() => panel.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await eventually(() => panel.getByRole("heading", { level: 1 }).textContent()).toBe("Gapmap");
    await eventually(() => panel.getByText("هذه الصفحة").count()).toBeGreaterThan(0);
    // The import status line follows the panel's language too.
    await eventually(() => panel.getByTestId("inventory-status").textContent()).toMatch(
      /^استُورد: 3 سجلًا الآن، 0 مكررًا، 0 تعارضًا/,
    );
    expect(await noSideScroll()).toBe(true);
    await panel.screenshot({ path: join(ARTIFACTS, "extension-panel-360-ar.png"), fullPage: true });
    for (const width of [320, 480]) {
      await panel.setViewportSize({ width, height: 900 });
      expect(await noSideScroll(), `${width} px`).toBe(true);
    }
    await panel.getByLabel("اللغة").selectOption("en");
    await panel.setViewportSize({ width: 360, height: 900 });
    await expectVisibleKeyboardFocus(panel, 12);

    // A card near the bottom-right corner of the Arabic page stays inside the viewport, and is
    // laid out by its own text's direction (English here), not the page's.
    await ar.bringToFront();
    // The words are moved down (body padding, no DOM change) to sit just above the bottom edge.
    const VIEW_HEIGHT = 540;
    await ar.setViewportSize({ width: 1100, height: VIEW_HEIGHT });
    const before = await mentionRect(ar, "right-most");
    await ar.evaluate(
      `document.body.style.paddingTop = "${Math.floor(VIEW_HEIGHT - 6 - before.bottom)}px"`,
    );
    await ar.mouse.move(5, 5);
    await ar.evaluate(
      `document.querySelector("#gapmap-overlay").shadowRoot.querySelector(".card")?.remove()`,
    );
    const placed = await hoverAndCheckCard(ar, "right-most");
    await ar.screenshot({ path: join(ARTIFACTS, "extension-card-bottom-right.png") });
    expect(placed?.rect.right ?? 0).toBeGreaterThan(900);
    expect(placed?.rect.bottom ?? 0).toBeGreaterThan(VIEW_HEIGHT - 40);
    expect(await ar.locator("#gapmap-overlay .card").getAttribute("dir")).toBe("ltr");
    // It flipped above the words: there was no room below.
    expect((placed?.box.y ?? 0) + (placed?.box.height ?? 0)).toBeLessThanOrEqual(
      placed?.rect.y ?? 0,
    );

    // In the Arabic UI the same card speaks Arabic, right to left, and stays inside too.
    await panel.getByLabel("Language").selectOption("ar");
    await eventually(() => panel.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await ar.mouse.move(5, 5);
    await ar.evaluate(
      `document.querySelector("#gapmap-overlay").shadowRoot.querySelector(".card")?.remove()`,
    );
    const placedAr = await hoverAndCheckCard(ar, "right-most");
    expect(await ar.locator("#gapmap-overlay .card").getAttribute("dir")).toBe("rtl");
    expect(await ar.locator("#gapmap-overlay .card").getAttribute("lang")).toBe("ar");
    await ar.screenshot({ path: join(ARTIFACTS, "extension-card-bottom-right-ar.png") });
    expect((placedAr?.box.y ?? 0) + (placedAr?.box.height ?? 0)).toBeLessThanOrEqual(
      placedAr?.rect.y ?? 0,
    );
    await panel.getByLabel("اللغة").selectOption("en");
  }, 540_000);
});

describe("the card's doubt on a real English page (headless)", () => {
  test("a word naming one indicator with a lower score: the card claims no doubt", async () => {
    const page = await b.context.newPage();
    // The article's own images and scripts point elsewhere: only the loopback server answers.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.goto(`${b.origin}/en.html`);
    await clickToolbarAction(b, page);
    // A fresh tab's first pass, like the others in this file: CI once took over 20 s here while
    // the whole suite was starting up around it.
    await expectFirstHighlights(b, page, FIRST_PASS_TIMEOUT_MS);
    // Highlights are painted near the viewport: scroll until a painted "work permits" shows.
    let rect: { x: number; y: number; width: number; height: number } | undefined;
    for (let step = 0; step < 40 && rect === undefined; step++) {
      rect = await page.evaluate(PAINTED_WORD_RECT, "work permits");
      if (rect === undefined) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(300);
      }
    }
    expect(rect, "a painted “work permits” in the viewport").toBeDefined();
    if (rect === undefined) return;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    // "work permits" is a weaker synonym of the work-permit flow only (score 0.85, no other
    // indicator): the card once said other indicators share such words. (The page's
    // "immigration" is no longer tagged: "Topics: Immigration" is a tag list and "action on
    // immigration" names a topic.)
    const card = page.locator("#gapmap-overlay .card");
    await eventually(() => card.getAttribute("data-indicator")).toBe("flow-work-permits");
    expect(await card.locator(".doubt").count()).toBe(0);
    await page.close();
  }, 120_000);
});

/** In the page: the viewport rectangle of a painted range whose text is `word` (any case). */
const PAINTED_WORD_RECT = (word: string) => {
  const painted = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(
    "gapmap-indicator",
  );
  for (const r of painted ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString().toLowerCase() !== word) continue;
    const box = range.getBoundingClientRect();
    if (box.width > 0 && box.top >= 0 && box.bottom <= innerHeight) {
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    }
  }
  return undefined;
};

describe("the toolbar action tags the page (headless)", () => {
  test("toolbar action (Extensions.triggerAction)", async () => {
    const page = await b.context.newPage();
    await page.goto(`${b.origin}/es.html?trigger=toolbar`);
    expect(await currentState(b, page)).toBeNull();
    await clickToolbarAction(b, page);
    await expectFirstHighlights(b, page, FIRST_PASS_TIMEOUT_MS);
    expect((await currentState(b, page))?.lang.lang).toBe("es");
    expect(await actionMark(b, page)).toEqual({ badge: "", title: "" });
    await page.close();
  }, 180_000);

  test("a press on a page the browser lets no extension script: the button says why", async () => {
    const page = await b.context.newPage();
    await page.goto("chrome://version");
    await clickToolbarAction(b, page);
    await eventually(() => actionMark(b, page)).toMatchObject({ badge: "!" });
    expect((await actionMark(b, page)).title).toMatch(/^Gapmap could not tag this page: \S/);
    await page.close();
  }, 120_000);
});

/**
 * Headless Chromium delivers neither browser keyboard shortcuts nor native context menus, so
 * these two run the production build in a windowed Chromium on a virtual X display, and press
 * the keys and click the mouse there with xdotool, as a person would. No toolbar click comes
 * first: the gesture itself must grant the page to the extension (activeTab).
 */
describe("real gestures in windowed Chromium (Xvfb, xdotool)", () => {
  let screen: VirtualDisplay | undefined;
  let w: ExtensionBrowser | undefined;

  beforeAll(async () => {
    requireXTools("the extension's keyboard and context-menu tests");
    screen = await startVirtualDisplay();
    w = await launchHeadfulExtension(screen.display);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await w?.close();
    screen?.stop();
  });

  /** Opens `path` in a new front tab and clicks into the page, so it has the keyboard focus. */
  async function openFocused(path: string): Promise<{ page: Page; at: (p: Point) => string[] }> {
    if (w === undefined || screen === undefined) throw new Error("no windowed browser");
    const page = await w.context.newPage();
    await page.goto(`${w.origin}${path}`);
    await page.bringToFront();
    const at = await screenPoint(page);
    const spot = await plainTextPoint(page);
    screen.xdotool("mousemove", "--sync", ...at(spot));
    screen.xdotool("click", "1");
    await eventually(() => page.evaluate(() => document.hasFocus())).toBe(true);
    return { page, at };
  }

  test("keyboard shortcut Alt+Shift+G", async () => {
    const commands = await w?.worker.evaluate(() =>
      (globalThis as unknown as WorkerGlobals).chrome.commands.getAll(),
    );
    expect(commands?.find((c) => c.name === "tag-page")?.shortcut).toBe("Alt+Shift+G");
    // The browser's command events, as the extension's own listener receives them.
    await w?.worker.evaluate(() => {
      const g = globalThis as unknown as WorkerGlobals & { gapmapTestCommands?: string[] };
      g.gapmapTestCommands = [];
      g.chrome.commands.onCommand.addListener((command) => g.gapmapTestCommands?.push(command));
    });
    const { page } = await openFocused("/fr.html?trigger=shortcut");
    expect(await taggingPasses(page)).toBe(0);
    screen?.xdotool("key", "alt+shift+g");
    await eventually(() =>
      w?.worker.evaluate(
        () => (globalThis as unknown as { gapmapTestCommands: string[] }).gapmapTestCommands,
      ),
    ).toEqual(["tag-page"]);
    await expectFirstHighlights(w as ExtensionBrowser, page, FIRST_PASS_TIMEOUT_MS);
    // The first highlights show before the pass ends (its tables may still be analysed).
    await eventually(() => taggingPasses(page)).toBe(1);
    await page.close();
  }, 180_000);

  test("context menu entry, chosen with the keyboard", async () => {
    const { page, at } = await openFocused("/ar.html?trigger=context-menu");
    expect(await taggingPasses(page)).toBe(0);
    screen?.xdotool("mousemove", "--sync", ...at(await plainTextPoint(page)));
    screen?.xdotool("click", "3");
    // The page menu ends with the extension's entry, "View page source" and "Inspect": from
    // the bottom, three steps up.
    await page.waitForTimeout(MENU_OPEN_MS);
    for (const key of ["Up", "Up", "Up", "Return"]) screen?.xdotool("key", key);
    await expectFirstHighlights(w as ExtensionBrowser, page, FIRST_PASS_TIMEOUT_MS);
    // The first highlights show before the pass ends (its tables may still be analysed).
    await eventually(() => taggingPasses(page)).toBe(1);
    await page.close();
  }, 180_000);
});
