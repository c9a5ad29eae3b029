/**
 * End-to-end: the BUILT web mode of the Excel task pane in real headless Chromium (Debian's
 * /usr/bin/chromium), served from 127.0.0.1. A real workbook goes in through the file input; the
 * downloaded gap analysis .xlsx comes out and is opened with exceljs. Then the page is reloaded
 * and the same file opened again: the session kept in the browser brings the decisions back.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { GAP_MATRIX_SHEET, SOURCES_SHEET, SUMMARY_SHEET } from "@gapmap/core";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ADDIN_DIR = join(REPO, "excel-addin");
const DIST_DIR = join(ADDIN_DIR, "dist");
const FIXTURE_NAME = "eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx";
const FIXTURE = realFixture(FIXTURE_NAME);
const ARTIFACTS = join(REPO, "test/artifacts");
/** Building, scanning and the analysis each take seconds on a 2-core machine. */
const STEP_TIMEOUT_MS = 60_000;

const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds when dist is missing or older than any task pane, host, i18n or core source. */
async function ensureBuilt(): Promise<void> {
  const built = join(DIST_DIR, "index.html");
  const sources = ["excel-addin/src", "core/src", "catalog/src"].map((d) => join(REPO, d));
  const stale =
    !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
  if (stale) await build({ configFile: join(ADDIN_DIR, "vite.config.ts"), logLevel: "warn" });
}

/** A minimal static server for dist: the web mode needs nothing but files from 127.0.0.1. */
function serveDist(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(DIST_DIR, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST_DIR + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": MIME_TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
    });
  });
}

// Undefined when beforeAll failed (e.g. no Chromium), so afterAll must not assume them.
let browser: Browser | undefined;
let server: Server | undefined;
let url: string;

beforeAll(async () => {
  requireChromium("the task pane end-to-end test");
  await ensureBuilt();
  const served = await serveDist();
  server = served.server;
  url = served.url;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => {
    if (server) server.close(done);
    else done(undefined);
  });
});

async function choosePreset(page: Page): Promise<string> {
  const select = page.getByTestId("preset-select");
  const values = await select
    .locator("option")
    .evaluateAll((options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""),
    );
  const preset = values[0];
  if (preset === undefined) throw new Error("the catalogue has no presets");
  await select.selectOption(preset);
  return preset;
}

describe("task pane web mode", () => {
  test("scan → accept → preset → gap analysis → .xlsx download", async () => {
    if (browser === undefined) throw new Error("Chromium did not start");
    const page = await browser.newPage({
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
    });
    const pageErrors: string[] = [];
    const remoteRequests: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith("blob:"))
        remoteRequests.push(request.url());
    });
    await page.goto(url);

    // (1)–(2) open a real workbook through the file input and scan it.
    await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
    await expect
      .poll(() => page.getByTestId("tables-found").count(), { timeout: STEP_TIMEOUT_MS })
      .toBe(1);
    // Parsed in a Web Worker, so the pane stayed responsive.
    expect(await page.getByTestId("tables-found").getAttribute("data-parsed-in")).toBe("worker");
    const cards = page.getByTestId("table-card");
    expect(await cards.count()).toBeGreaterThan(0);
    await cards.first().click();
    expect(await cards.first().getAttribute("data-highlighted")).toBe("true");

    // (3) accept every table with an indicator guess.
    await page.getByRole("tab", { name: "2. Review" }).click();
    await page.getByRole("button", { name: "Accept all with an indicator" }).click();
    const accepted = await page
      .locator('[data-testid="review-row"][data-status="accepted"]')
      .count();
    expect(accepted).toBeGreaterThan(0);

    // (4)–(5) pick a preset and run the analysis.
    await page.getByRole("tab", { name: "3. Needs" }).click();
    expect(await page.getByTestId("record-count").textContent()).toMatch(
      /^[1-9]\d* source records/,
    );
    const preset = await choosePreset(page);
    await page.getByTestId("run-analysis").click();
    await page.getByTestId("gap-matrix").waitFor({ timeout: STEP_TIMEOUT_MS });
    const matrixRows = await page.locator('[data-testid="gap-matrix"] tbody tr').count();
    expect(matrixRows).toBeGreaterThan(0);

    // (6) download the .xlsx.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }),
      page.getByTestId("export-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();

    // (7) the downloaded workbook has our sheets and the scanned workbook as a source.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([SUMMARY_SHEET, GAP_MATRIX_SHEET, SOURCES_SHEET]));
    const sources = workbook.getWorksheet(SOURCES_SHEET);
    const sourceText: string[] = [];
    sources?.eachRow((row) => sourceText.push(JSON.stringify(row.values)));
    expect(sourceText.some((line) => line.includes(FIXTURE_NAME))).toBe(true);
    const matrix = workbook.getWorksheet(GAP_MATRIX_SHEET);
    expect(matrix?.actualRowCount ?? 0).toBeGreaterThanOrEqual(matrixRows);

    // (8) a screenshot for people reviewing the change.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-web.png"), fullPage: true });

    // (9) reload, open the same file again: the verdicts and the preset come back.
    await page.reload();
    await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
    await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await page.getByTestId("session-restored").textContent()).toMatch(
      new RegExp(`: ${accepted} table decisions`),
    );
    await page.getByRole("tab", { name: "2. Review" }).click();
    expect(await page.locator('[data-testid="review-row"][data-status="accepted"]').count()).toBe(
      accepted,
    );
    await page.getByRole("tab", { name: "3. Needs" }).click();
    expect(await page.getByTestId("preset-select").inputValue()).toBe(preset);

    expect(pageErrors).toEqual([]);
    expect(remoteRequests).toEqual([]);
  }, 240_000);
});
