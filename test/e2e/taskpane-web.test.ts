/**
 * End-to-end: the BUILT web mode of the Excel task pane in real headless Chromium (Debian's
 * /usr/bin/chromium), served from 127.0.0.1. A real workbook goes in through the file input; the
 * downloaded gap analysis .xlsx comes out and is opened with exceljs. Then the page is reloaded
 * and the same file opened again: the session kept in the browser brings the decisions back.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { GAP_MATRIX_SHEET, SOURCES_SHEET, SUMMARY_SHEET } from "@gapmap/core";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { ensureTaskpaneBuilt, REPO, serveTaskpane } from "../support/taskpane-dist";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const FIXTURE_NAME = "eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx";
const FIXTURE = realFixture(FIXTURE_NAME);
const ARTIFACTS = join(REPO, "test/artifacts");
/** Building, scanning and the analysis each take seconds on a 2-core machine. */
const STEP_TIMEOUT_MS = 60_000;

// Undefined when beforeAll failed (e.g. no Chromium), so afterAll must not assume them.
let browser: Browser | undefined;
let server: Server | undefined;
let url: string;

beforeAll(async () => {
  requireChromium("the task pane end-to-end test");
  await ensureTaskpaneBuilt();
  const served = await serveTaskpane();
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
