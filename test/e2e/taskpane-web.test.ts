/**
 * End-to-end: the BUILT web mode of the Excel task pane in real headless Chromium (Debian's
 * /usr/bin/chromium), served from 127.0.0.1. At Excel's task-pane width (350 px) and on a desktop
 * page (1280 px), in English and in Russian, a real Russian workbook is walked through open →
 * review (add a second indicator, accept, reject, undo) → needs → results (filter, details by
 * keyboard) → export. At every step the page must not scroll sideways, and a screenshot of the
 * step is written to test/artifacts/ for people to look at. The downloaded .xlsx is opened with
 * exceljs. Finally the page is reloaded and the same file opened again: the session kept in the
 * browser brings the decisions back.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { GAP_MATRIX_SHEET, SOURCES_SHEET, SUMMARY_SHEET } from "@gapmap/core";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { startServedTaskpane, type ServedTaskpane } from "../support/taskpane-browser";
import { REPO } from "../support/taskpane-dist";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const FIXTURE_NAME = "ru_mvd_2RD_migration_situation_2016.xls";
const FIXTURE = realFixture(FIXTURE_NAME);
const ARTIFACTS = join(REPO, "test/artifacts");
/** Building, scanning and the analysis each take seconds on a 2-core machine. */
const STEP_TIMEOUT_MS = 60_000;
const PAGE_HEIGHT = 800;

const WALKS = [
  { width: 350, language: "en" },
  { width: 350, language: "ru" },
  { width: 1280, language: "en" },
  { width: 1280, language: "ru" },
] as const;

/** Words the walk checks for, per language (the pane's own strings). */
const WORDS = {
  en: { accepted: "Accepted", tableDecisions: "table decisions" },
  ru: { accepted: "Принято", tableDecisions: "решений по таблицам" },
} as const;

// Undefined when beforeAll failed (e.g. no Chromium), so afterAll must not assume them.
let browser: Browser | undefined;
let url: string;
let served: ServedTaskpane | undefined;

beforeAll(async () => {
  served = await startServedTaskpane("the task pane end-to-end test");
  ({ browser, url } = served);
}, 240_000);

afterAll(async () => {
  await served?.close();
});

async function choosePreset(page: Page): Promise<string> {
  const select = page.getByTestId("preset-select");
  // The needs step is a lazy chunk and evaluateAll does not wait: wait for a real option first.
  await select.locator('option:not([value=""])').first().waitFor({ state: "attached" });
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

/** The page never scrolls sideways, and the step is recorded for people to look at. */
async function checkStep(page: Page, name: string, walk: (typeof WALKS)[number]) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    bodyScrollWidth: document.body.scrollWidth,
  }));
  expect(sizes.scrollWidth, `${name}: page wider than the pane`).toBeLessThanOrEqual(
    sizes.clientWidth,
  );
  expect(sizes.bodyScrollWidth, `${name}: body wider than the pane`).toBeLessThanOrEqual(
    sizes.clientWidth,
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: join(ARTIFACTS, `taskpane-${walk.width}-${walk.language}-${name}.png`),
  });
}

/** The card a decision is made on: each card in the narrow list, the open one when wide. */
async function openCard(page: Page, walk: (typeof WALKS)[number], index: number) {
  if (walk.width < 800) return page.getByTestId("review-row").nth(index);
  await page.locator(".two-pane li button").nth(index).click();
  return page.getByTestId("review-row").first();
}

/** Waits until the button can be clicked: a click while an action is finishing is dropped. */
async function clickEnabled(page: Page, testId: string) {
  const button = page.getByTestId(testId);
  await expect.poll(() => button.isEnabled(), { timeout: STEP_TIMEOUT_MS }).toBe(true);
  await button.click();
}

describe("task pane web mode", () => {
  test("a file picked before the engine chunk arrived is scanned once it does", async () => {
    if (browser === undefined) throw new Error("Chromium did not start");
    const page = await browser.newPage({ viewport: { width: 350, height: PAGE_HEIGHT } });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Hold the engine chunk (catalogue and detection) back until the file has been picked.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    await page.route(/\/assets\/engine-[^/]*\.js$/, async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    await page.goto(url);
    await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
    // The picker was usable without the engine, and the pane says it is reading.
    await page.getByTestId("scan-progress").waitFor({ timeout: STEP_TIMEOUT_MS });
    await expect.poll(() => held, { timeout: STEP_TIMEOUT_MS }).toBeGreaterThan(0);
    expect(await page.getByTestId("tables-found").count()).toBe(0);
    release();
    await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await page.getByTestId("tables-found").getAttribute("data-parsed-in")).toBe("worker");
    expect(await page.getByTestId("table-card").count()).toBeGreaterThanOrEqual(2);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  for (const walk of WALKS) {
    test(`${walk.language} at ${walk.width} px: open → review → needs → results → export`, async () => {
      if (browser === undefined) throw new Error("Chromium did not start");
      const page = await browser.newPage({
        acceptDownloads: true,
        viewport: { width: walk.width, height: PAGE_HEIGHT },
      });
      const pageErrors: string[] = [];
      const remoteRequests: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("request", (request) => {
        if (!request.url().startsWith(url) && !request.url().startsWith("blob:"))
          remoteRequests.push(request.url());
      });
      await page.goto(url);
      await page.getByTestId("language-picker").selectOption(walk.language);
      await checkStep(page, "0-start", walk);

      // Open: a real workbook through the file input, parsed in a Web Worker.
      await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
      await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
      expect(await page.getByTestId("tables-found").getAttribute("data-parsed-in")).toBe("worker");
      expect(await page.getByTestId("scan-progress").getAttribute("data-stage")).toBe("done");
      expect(await page.getByRole("progressbar").count()).toBe(0);
      const tables = await page.getByTestId("table-card").count();
      expect(tables).toBeGreaterThanOrEqual(2);
      await checkStep(page, "1-open", walk);

      // Review: a second indicator on the first table, accept it, reject the second, undo that.
      await page.getByTestId("step-review").click();
      await checkStep(page, "2-review", walk);
      let card = await openCard(page, walk, 0);
      const chips = card.getByTestId("indicator-chip");
      const before = await chips.count();
      const guess = card.getByTestId("add-guess").first();
      if ((await guess.count()) > 0) await guess.click();
      else {
        await card.getByRole("textbox").first().fill("asylum");
        await card.getByTestId("search-hit").first().click();
      }
      expect(await chips.count()).toBe(before + 1);
      await card.getByTestId("accept").click();
      expect(await card.getAttribute("data-status")).toBe("accepted");
      card = await openCard(page, walk, 1);
      await card.getByTestId("reject").click();
      expect(await card.getAttribute("data-status")).toBe("rejected");
      await page.getByTestId("undo").click();
      expect(await card.getAttribute("data-status")).toBe("pending");
      expect(await page.getByTestId("accepted-count").textContent()).toContain(
        `${WORDS[walk.language].accepted}: 1`,
      );
      await checkStep(page, "3-review-decided", walk);

      // Needs: a preset; the run button stays on screen below 87 needs.
      await page.getByTestId("step-needs").click();
      const preset = await choosePreset(page);
      await page.getByTestId("need-row").first().waitFor();
      const run = page.getByTestId("run-analysis");
      const box = await run.boundingBox();
      expect(box, "run button on screen").not.toBeNull();
      expect((box?.y ?? PAGE_HEIGHT) + (box?.height ?? 0)).toBeLessThanOrEqual(PAGE_HEIGHT);
      await checkStep(page, "4-needs", walk);

      // Results: summary, filters, details by keyboard.
      await clickEnabled(page, "run-analysis");
      await page.getByTestId("gap-matrix").waitFor({ timeout: STEP_TIMEOUT_MS });
      expect(await page.getByTestId("overall-score").textContent()).toMatch(/^\d+$/);
      expect(await page.getByTestId("section-score").count()).toBeGreaterThan(0);
      // Section, indicator and status names come from the catalogue in the pane's language.
      const script = walk.language === "ru" ? /[а-яё]/i : /^[^а-яё]+$/i;
      expect(await page.getByTestId("section-score").first().textContent()).toMatch(script);
      expect(await page.getByTestId("result-row").first().textContent()).toMatch(script);
      const allRows = await page.getByTestId("result-row").count();
      expect(allRows).toBeGreaterThan(0);
      await checkStep(page, "5-results", walk);
      await page.getByTestId("filter-status").selectOption("met");
      const metRows = await page.getByTestId("result-row").count();
      expect(metRows).toBeLessThan(allRows);
      await page.getByTestId("filter-status").selectOption("");
      const opener =
        walk.width < 800
          ? page.getByTestId("row-details-toggle").first()
          : page.getByTestId("result-row").first();
      await opener.focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("row-details").first().waitFor();
      await checkStep(page, "6-results-details", walk);

      // Export: the .xlsx carries the workbook's name, the preset and the time.
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }),
        clickEnabled(page, "export-xlsx"),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(
          `^gapmap-ru-mvd-2RD-migration-situation-2016-${preset}-\\d{4}-\\d\\d-\\d\\d-\\d{4}\\.xlsx$`,
        ),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const names = workbook.worksheets.map((s) => s.name);
      expect(names).toEqual(
        expect.arrayContaining([SUMMARY_SHEET, GAP_MATRIX_SHEET, SOURCES_SHEET]),
      );
      const sourceText: string[] = [];
      workbook
        .getWorksheet(SOURCES_SHEET)
        ?.eachRow((row) => sourceText.push(JSON.stringify(row.values)));
      expect(sourceText.some((line) => line.includes(FIXTURE_NAME))).toBe(true);
      await checkStep(page, "7-exported", walk);

      // Reload, open the same file again: the decisions and the language come back.
      await page.reload();
      await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
      await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
      expect(await page.getByTestId("language-picker").inputValue()).toBe(walk.language);
      expect(await page.getByTestId("session-restored").textContent()).toContain(
        WORDS[walk.language].tableDecisions,
      );
      await page.getByTestId("step-needs").click();
      expect(await page.getByTestId("preset-select").inputValue()).toBe(preset);

      expect(pageErrors).toEqual([]);
      expect(remoteRequests).toEqual([]);
      await page.close();
    }, 240_000);
  }
});
