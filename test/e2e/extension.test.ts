/**
 * End-to-end: the built extension in real headless Chromium (Debian's /usr/bin/chromium) on a
 * saved real page served from 127.0.0.1. Tagging is triggered through the keyboard-shortcut path
 * of the service worker, since toolbar clicks cannot be simulated.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const EXTENSION_DIR = join(REPO, "extension");
const BUILD_DIR = join(EXTENSION_DIR, "build/chrome-mv3-e2e");
const FIXTURE = join(
  REPO,
  "../shared/fixtures/real/swissinfo_asylum_positive_decisions_2014_fr.html",
);
const ARTIFACTS = join(REPO, "test/artifacts");

/** The few chrome.* calls the test makes inside the service worker (the root tsconfig has no chrome types). */
interface WorkerGlobals {
  chrome: {
    tabs: {
      query(q: { url: string }): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
  gapmapBackground: { runCommand(command: string): Promise<unknown> };
}

let server: Server;
let pageUrl: string;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

function serveFixture(): Promise<string> {
  const html = readFileSync(FIXTURE);
  server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/page.html`);
    });
  });
}

/** Runs in the service worker: the shortcut's code path, then the page state from the content script. */
async function tagViaShortcut(page: Page): Promise<PageStateView> {
  await page.bringToFront();
  const reply = await worker.evaluate(() =>
    (
      globalThis as unknown as { gapmapBackground: { runCommand(c: string): Promise<unknown> } }
    ).gapmapBackground.runCommand("tag-page"),
  );
  expect(reply).toEqual({ ok: true });
  return pageState();
}

interface PageStateView {
  mentions: { indicatorId: string; count: number }[];
  records: { recordId: string; status: string }[];
  lang: { lang: string };
}

async function tabId(): Promise<number> {
  return worker.evaluate(async (url) => {
    const [tab] = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({ url });
    return tab?.id ?? -1;
  }, pageUrl);
}

async function pageState(): Promise<PageStateView> {
  const id = await tabId();
  return worker.evaluate(
    (tab) =>
      (globalThis as unknown as WorkerGlobals).chrome.tabs.sendMessage(tab, {
        type: "gapmap/page-state",
      }),
    id,
  ) as Promise<PageStateView>;
}

async function highlightCount(page: Page, name: string): Promise<number> {
  return page.evaluate(`CSS.highlights.get(${JSON.stringify(name)})?.size ?? 0`);
}

beforeAll(async () => {
  requireChromium("the extension end-to-end test");
  execFileSync("npx", ["plasmo", "build", "--tag=e2e"], {
    cwd: EXTENSION_DIR,
    env: { ...process.env, PLASMO_PUBLIC_E2E_HOST_PERMISSION: "http://127.0.0.1/*" },
    stdio: "pipe",
  });
  pageUrl = await serveFixture();
  context = await chromium.launchPersistentContext("", {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${BUILD_DIR}`,
      `--load-extension=${BUILD_DIR}`,
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  extensionId = new URL(worker.url()).host;
}, 120_000);

afterAll(async () => {
  // beforeAll may have failed before these were set.
  const maybeContext = context as BrowserContext | undefined;
  await maybeContext?.close();
  (server as Server | undefined)?.close();
});

describe("Gapmap extension in Chromium", () => {
  test("tags, shows the card, saves a record that re-anchors, exports", async () => {
    const page = await context.newPage();
    await page.goto(pageUrl);
    const state = await tagViaShortcut(page);
    expect(state.mentions.length).toBeGreaterThan(0);
    expect(state.lang.lang).toBe("fr");
    expect(await highlightCount(page, "gapmap-indicator")).toBeGreaterThan(0);

    const firstIndicator = state.mentions[0]?.indicatorId ?? "";
    const id = await tabId();
    await worker.evaluate(
      ([tab, indicatorId]) =>
        (globalThis as unknown as WorkerGlobals).chrome.tabs.sendMessage(tab, {
          type: "gapmap/show-card",
          indicatorId,
        }),
      [id, firstIndicator] as const,
    );
    await expect.poll(() => page.locator("#gapmap-overlay .card h2").count()).toBe(1);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${id}`);
    await panel
      .getByRole("textbox", { name: "Producer" })
      .fill("Secrétariat d'État aux migrations");
    await panel.getByRole("button", { name: "Save record" }).click();
    const formStatus = panel.getByRole("form", { name: "New record" }).getByRole("status");
    await expect.poll(() => formStatus.textContent()).toBe("Saved");

    const download = panel.waitForEvent("download");
    await panel.getByRole("button", { name: "Export JSON" }).click();
    // Web Annotation collection: selectors on each target, our record kept alongside.
    const exported = JSON.parse(readFileSync(await (await download).path(), "utf8")) as {
      "@context": string;
      type: string;
      items: {
        target: { source: string; selector: { type: string; exact?: string }[] };
        "gapmap:record": { id: string; producer: string };
      }[];
    };
    expect(exported["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(exported.type).toBe("AnnotationCollection");
    expect(exported.items).toHaveLength(1);
    const item = exported.items[0];
    expect(item?.target.source).toBe(pageUrl);
    expect(item?.["gapmap:record"].producer).toBe("Secrétariat d'État aux migrations");
    const recordId = item?.["gapmap:record"].id;

    // .xlsx export loads exceljs lazily; importing the file back merges and reports the duplicate.
    const xlsxDownload = panel.waitForEvent("download");
    await panel.getByRole("button", { name: "Export .xlsx" }).click();
    const xlsxPath = await (await xlsxDownload).path();
    expect(readFileSync(xlsxPath).subarray(0, 2).toString("latin1")).toBe("PK");
    await panel.getByLabel("Import inventory").setInputFiles({
      name: "gapmap-inventory.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: readFileSync(xlsxPath),
    });
    const inventoryStatus = panel
      .getByRole("heading", { name: "Inventory" })
      .locator("xpath=..")
      .getByRole("status");
    await expect.poll(() => inventoryStatus.textContent()).toMatch(/^Imported: 1 records now/);
    await expect.poll(() => panel.getByRole("list", { name: "Import report" }).count()).toBe(1);

    // Keyboard path to the card: arrow keys in the panel's indicator list open it in the page.
    await page.evaluate(
      `document.querySelector("#gapmap-overlay").shadowRoot.querySelector(".card")?.remove()`,
    );
    await panel.locator('ul[aria-labelledby="gapmap-indicators"] button').first().focus();
    await panel.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("#gapmap-overlay .card h2").count()).toBe(1);

    await page.reload();
    const afterReload = await tagViaShortcut(page);
    expect(afterReload.records).toEqual([{ recordId, status: "anchored", method: "position" }]);
    expect(await highlightCount(page, "gapmap-record")).toBe(1);

    // Text inserted before the quote: the stored position no longer holds it, the exact quote
    // is found again (core's reanchor calls that anchored, by quote; "changed" is for edited text).
    await page.evaluate(
      `document.body.prepend(Object.assign(document.createElement("p"), { textContent: "Mise à jour du contenu." }))`,
    );
    await expect
      .poll(async () => (await pageState()).records, { timeout: 5000 })
      .toEqual([{ recordId, status: "anchored", method: "quote-exact" }]);

    // The quoted words edited slightly: found approximately, flagged as changed.
    const quote = item?.target.selector.find((sel) => sel.exact)?.exact ?? "";
    expect(quote.length).toBeGreaterThan(4);
    const edited = `${quote.slice(0, -2)}X${quote.slice(-1)}`;
    await page.evaluate(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeValue = n.nodeValue.split(${JSON.stringify(quote)}).join(${JSON.stringify(edited)});
    })()`);
    await expect
      .poll(async () => (await pageState()).records, { timeout: 5000 })
      .toEqual([{ recordId, status: "changed", method: "quote-fuzzy" }]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "extension-tagged-page.png") });
    await panel.screenshot({ path: join(ARTIFACTS, "extension-side-panel.png") });

    // The content gone: the record is kept and shown as orphaned, never dropped.
    await page.evaluate(
      `document.body.replaceChildren(Object.assign(document.createElement("p"), { textContent: "404" }))`,
    );
    await expect
      .poll(async () => (await pageState()).records, { timeout: 5000 })
      .toEqual([{ recordId, status: "orphaned" }]);
  }, 120_000);
});
