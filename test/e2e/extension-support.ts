/**
 * Helpers for the extension's end-to-end tests: the production build loaded in Debian's
 * headless Chromium, real pages served from 127.0.0.1, the toolbar action pressed through the
 * DevTools protocol (`Extensions.triggerAction`, which needs --enable-unsafe-extension-debugging
 * and a pipe connection, which Playwright uses), and the side panel opened as a narrow window
 * that follows the browser window's active tab.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from "playwright-core";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { buildContentScript } from "../../scripts/content-script/build-content-script";
import {
  CHROME_BUILD_DIR,
  chromeBuildIsCurrent,
  extensionInputsHash,
  stampChromeBuild,
} from "../../scripts/extension-build-stamp";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ARTIFACTS = join(REPO, "test/artifacts");
const EXTENSION_DIR = join(REPO, "extension");
const BUILD_DIR = CHROME_BUILD_DIR;
/**
 * How long a build or a browser start may take. On a loaded 2-core machine (eight engineers'
 * tests at once) the build alone took minutes; on a quiet one it takes well under one.
 */
export const SETUP_TIMEOUT_MS = 540_000;
const BROWSER_START_TIMEOUT_MS = 180_000;
const SHARED_REAL = join(REPO, "../shared/fixtures/real");

/**
 * The pages served, by path: two real French/Spanish statistics pages, an Arabic (RTL) one, and
 * a real English article (Pew Research, from the evaluation corpus).
 */
export const PAGES = {
  "/fr.html": join(SHARED_REAL, "swissinfo_asylum_positive_decisions_2014_fr.html"),
  "/es.html": join(SHARED_REAL, "swissinfo_asylum_positive_decisions_2014_es.html"),
  "/ar.html": join(REPO, "test/fixtures/pages/ar-statistics.html"),
  "/en.html": join(REPO, "test/eval/corpus/files/pages/codelucas+newspaper/pewresearch.org1.html"),
} as const;
export type PagePath = keyof typeof PAGES;

/** The few chrome.* calls the tests make inside the service worker (no chrome types here). */
export interface WorkerGlobals {
  chrome: {
    tabs: {
      query(q: {
        active?: boolean;
        windowType?: string;
      }): Promise<{ id?: number; windowId: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    windows: {
      create(options: Record<string, unknown>): Promise<{ id?: number }>;
    };
    commands: {
      getAll(): Promise<{ name?: string; shortcut?: string }[]>;
      onCommand: { addListener(listener: (command: string) => void): void };
    };
    contextMenus: { update(id: string, change: Record<string, unknown>): Promise<void> };
    action: {
      getBadgeText(details: { tabId: number }): Promise<string>;
      getTitle(details: { tabId: number }): Promise<string>;
    };
    scripting: { executeScript(injection: { files?: string[] }): Promise<unknown> };
    storage: {
      local: {
        get(keys: string[]): Promise<Record<string, unknown>>;
        remove(keys: string[]): Promise<void>;
      };
    };
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  browserSession: CDPSession;
  close(): Promise<void>;
}

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    // The query is ignored, so a test can open a page in a tab no other tab shows (see tabTargetId).
    const path = new URL(request.url ?? "", "http://loopback").pathname;
    const file = PAGES[path as PagePath] as string | undefined;
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

/**
 * The production extension (what a user installs), built unless the build on disk was made from
 * the current sources (`npm test` builds it in `pretest`; see scripts/extension-build-stamp.ts).
 */
async function ensureProductionBuild(): Promise<void> {
  if (chromeBuildIsCurrent()) return;
  const inputs = extensionInputsHash();
  // Asynchronously: a synchronous build froze the test worker (and its timers) for minutes.
  await promisify(execFile)("npx", ["plasmo", "build", "--hoist"], {
    cwd: EXTENSION_DIR,
    maxBuffer: 64 * 1024 * 1024,
  });
  await buildContentScript(CHROME_BUILD_DIR);
  stampChromeBuild(inputs);
}

/** Builds the production extension when needed and starts Chromium with it. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  requireChromium("the extension end-to-end tests");
  await ensureProductionBuild();
  return startChromium({
    headless: true,
    viewport: { width: 1100, height: 760 },
    // Lets the DevTools protocol press the toolbar action (Extensions.triggerAction).
    args: ["--enable-unsafe-extension-debugging"],
  });
}

/**
 * Chromium with a window, on the virtual X display `display`, with the production build that
 * launchExtension built: browser shortcuts and context menus work there as on a desktop. The
 * window sits at the screen's top-left corner, so screen and page coordinates differ only by
 * the browser's toolbar height.
 */
export async function launchHeadfulExtension(display: string): Promise<ExtensionBrowser> {
  requireChromium("the extension's keyboard and context-menu tests");
  return startChromium({
    headless: false,
    viewport: null,
    env: { ...process.env, DISPLAY: display },
    args: ["--window-position=0,0", "--window-size=1200,800"],
  });
}

async function startChromium(options: {
  headless: boolean;
  viewport: { width: number; height: number } | null;
  args: string[];
  env?: NodeJS.ProcessEnv;
}): Promise<ExtensionBrowser> {
  const { server, origin } = await serve();
  const context = await chromium.launchPersistentContext("", {
    executablePath: CHROMIUM,
    timeout: BROWSER_START_TIMEOUT_MS,
    headless: options.headless,
    acceptDownloads: true,
    viewport: options.viewport,
    ...(options.env === undefined ? {} : { env: options.env }),
    args: [
      `--disable-extensions-except=${BUILD_DIR}`,
      `--load-extension=${BUILD_DIR}`,
      ...options.args,
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent("serviceworker", { timeout: BROWSER_START_TIMEOUT_MS }));
  const browser = context.browser();
  if (browser === null) throw new Error("Playwright gave no browser for the persistent context");
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    origin,
    browserSession: await browser.newBrowserCDPSession(),
    close: async () => {
      await context.close();
      server.close();
    },
  };
}

/** The browser tab (a CDP "tab" target) showing `url`. */
async function tabTargetId(session: CDPSession, url: string): Promise<string> {
  const { targetInfos } = await session.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const matching = targetInfos.filter((t) => t.url === url);
  // Two tabs on one URL would make the click land on either: refuse rather than guess.
  if (matching.length > 1) throw new Error(`${matching.length} tabs show ${url}`);
  const target = matching[0];
  if (target === undefined) throw new Error(`no tab shows ${url}`);
  return target.targetId;
}

/** Presses the extension's toolbar button on `page`'s tab, as a user clicks it. */
export async function clickToolbarAction(b: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  await b.browserSession.send("Extensions.triggerAction", {
    id: b.extensionId,
    targetId: await tabTargetId(b.browserSession, page.url()),
  });
}

/**
 * The extension's id for `page`'s tab (chrome.tabs ids differ from CDP target ids). Without the
 * "tabs" permission tabs cannot be found by URL, so the page is brought to the front and the
 * active tab of the normal window is asked for.
 */
export async function chromeTabId(b: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return b.worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({
      active: true,
      windowType: "normal",
    });
    return tab?.id ?? -1;
  });
}

export interface PageStateView {
  url: string;
  mentions: { indicatorId: string; count: number }[];
  records: { recordId: string; status: string; method?: string }[];
  tables: { name: string; nameSource: string }[];
  lang: { lang: string };
}

/** The content script's last state for `page` (null when never tagged). */
export async function currentState(b: ExtensionBrowser, page: Page): Promise<PageStateView | null> {
  const tabId = await chromeTabId(b, page);
  return b.worker.evaluate(
    ([tab]) =>
      (globalThis as unknown as WorkerGlobals).chrome.tabs
        .sendMessage(tab, { type: "gapmap/current-state" })
        .catch(() => null),
    [tabId] as const,
  ) as Promise<PageStateView | null>;
}

/** The toolbar button's badge and tooltip on `page`'s tab (a failed gesture shows "!" and why). */
export async function actionMark(
  b: ExtensionBrowser,
  page: Page,
): Promise<{ badge: string; title: string }> {
  const tabId = await chromeTabId(b, page);
  return b.worker.evaluate(
    async ([tab]) => {
      const { action } = (globalThis as unknown as WorkerGlobals).chrome;
      return {
        badge: await action.getBadgeText({ tabId: tab }),
        title: await action.getTitle({ tabId: tab }),
      };
    },
    [tabId] as const,
  );
}

/**
 * Waits up to `ms` for `page`'s first highlights after a gesture. None: fails with what the
 * extension showed (the toolbar button's badge and tooltip carry a failed gesture's reason) and
 * how many tagging passes ran in the page, so that a failure says where it stopped.
 */
export async function expectFirstHighlights(
  b: ExtensionBrowser,
  page: Page,
  ms: number,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await highlightCount(page)) > 0) return;
    await page.waitForTimeout(250);
  }
  const mark = await actionMark(b, page);
  throw new Error(
    `no highlight on ${page.url()} within ${String(ms)} ms: ${String(await taggingPasses(page))} tagging passes ran; the toolbar button shows badge "${mark.badge}", tooltip "${mark.title}"`,
  );
}

/**
 * From now on, the content-script files the extension injects (paths, in order), as the
 * service worker asks the browser for them.
 */
export async function recordInjections(b: ExtensionBrowser): Promise<() => Promise<string[]>> {
  await b.worker.evaluate(() => {
    const g = globalThis as unknown as WorkerGlobals & { gapmapTestInjected?: string[] };
    if (g.gapmapTestInjected === undefined) {
      const inject = g.chrome.scripting.executeScript.bind(g.chrome.scripting);
      g.chrome.scripting.executeScript = (injection) => {
        g.gapmapTestInjected?.push(...(injection.files ?? []));
        return inject(injection);
      };
    }
    g.gapmapTestInjected = [];
  });
  return () =>
    b.worker.evaluate(
      () => (globalThis as unknown as { gapmapTestInjected: string[] }).gapmapTestInjected,
    );
}

export async function highlightCount(page: Page, name = "gapmap-indicator"): Promise<number> {
  return page.evaluate(`CSS.highlights.get(${JSON.stringify(name)})?.size ?? 0`);
}

/** How many tagging passes ran in the page (the content script measures each on the timeline). */
export async function taggingPasses(page: Page): Promise<number> {
  return page.evaluate(`performance.getEntriesByName("gapmap:tagging").length`);
}

/** Opens the side panel page in its own narrow window, following the main window's tab. */
export async function openPanel(b: ExtensionBrowser, width = 360): Promise<Page> {
  const windowId = await b.worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({
      active: true,
      windowType: "normal",
    });
    return tab?.windowId ?? -1;
  });
  const opened = b.context.waitForEvent("page");
  const url = `chrome-extension://${b.extensionId}/sidepanel.html?window=${windowId}`;
  await b.worker.evaluate(
    ([u, w]) =>
      (globalThis as unknown as WorkerGlobals).chrome.windows.create({
        url: u,
        type: "popup",
        width: w,
        height: 900,
      }),
    [url, width] as const,
  );
  const panel = await opened;
  await panel.setViewportSize({ width, height: 900 });
  await panel.waitForLoadState();
  return panel;
}

/** The viewport rectangle of a painted mention (first one whose centre lies in `area`). */
export async function mentionRect(
  page: Page,
  pick: "first" | "right-most" = "first",
): Promise<{ x: number; y: number; width: number; height: number; right: number; bottom: number }> {
  const rect = await page.evaluate((mode) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(
      "gapmap-indicator",
    );
    const rects = [...(h ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return {
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        right: box.right,
        bottom: box.bottom,
      };
    });
    const visible = rects.filter(
      (r) => r.width > 0 && r.y >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
    );
    if (mode === "right-most") return visible.sort((a, b) => b.right - a.right)[0];
    return visible[0];
  }, pick);
  if (rect === undefined) throw new Error("no painted mention in the viewport");
  return rect;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Converts page (viewport) coordinates to screen coordinates as xdotool arguments. The window
 * has no frame (no window manager on Xvfb), so the viewport starts below the browser's toolbar.
 */
export async function screenPoint(page: Page): Promise<(p: Point) => string[]> {
  const origin = await page.evaluate(() => ({
    x: window.screenX + (window.outerWidth - window.innerWidth),
    y: window.screenY + (window.outerHeight - window.innerHeight),
  }));
  return (p) => [String(Math.round(origin.x + p.x)), String(Math.round(origin.y + p.y))];
}

/** The middle of the first word of a visible paragraph that starts with plain text (no link). */
export async function plainTextPoint(page: Page): Promise<Point> {
  const point = await page.evaluate(() => {
    for (const p of document.querySelectorAll("p, h1, h2, td")) {
      const text = p.firstChild;
      if (text?.nodeType !== Node.TEXT_NODE || (text.textContent ?? "").trim().length < 3) continue;
      const range = document.createRange();
      const start = (text.textContent ?? "").search(/\S/);
      range.setStart(text, start);
      range.setEnd(text, start + 2);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.top >= 0 && box.bottom <= innerHeight) {
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return undefined;
  });
  if (point === undefined) throw new Error(`no plain text to click on ${page.url()}`);
  return point;
}
