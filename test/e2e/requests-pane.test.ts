/**
 * End-to-end: the TWG steps of the BUILT web mode in real headless Chromium at Excel's task-pane
 * width (350 px), in English and in French. A workbook is opened, an inventory imported, the
 * analysis run; then the "Data requests" step saves every pack as one .zip, two packs come back
 * (one filled in with exceljs here, one whose hidden key the agency removed), the status of an
 * indicator is validated, and a process step is edited. The page must never scroll sideways;
 * each screen is written to test/artifacts/. A reload then shows the process kept in the
 * browser's session for that workbook.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import {
  REQUEST_KEY_SHEET,
  requestTableSchema,
  sourceRecordSchema,
  toJson,
  type RequestTable,
} from "@gapmap/core";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { ensureTaskpaneBuilt, REPO, serveTaskpane } from "../support/taskpane-dist";

const FIXTURE = realFixture("ru_mvd_2RD_migration_situation_2016.xls");
const ARTIFACTS = join(REPO, "test/artifacts");
const STEP_TIMEOUT_MS = 60_000;
const WIDTH = 350;

const WALKS = [
  { language: "en", processDone: "Steps done: 1 of 15" },
  { language: "fr", processDone: "Étapes terminées\u202f: 1 sur 15" },
] as const;

let browser: Browser | undefined;
let server: Server | undefined;
let url: string;
const work = mkdtempSync(join(tmpdir(), "gapmap-requests-e2e-"));

/** A one-record inventory, so the analysis can run and most indicators are requested. */
function inventoryFile(): string {
  const record = sourceRecordSchema.parse({
    id: "seed-1",
    indicators: ["stock-total"],
    location: { kind: "workbook", file: "seed.xlsx", sheet: "Data" },
    title: "Population census",
    producer: "National Statistics Office",
    years: [2020],
    periodicity: "annual",
    breakdowns: [],
    geography: "national",
    access: "public",
    quality: [],
    proxy: false,
    origin: "import",
  });
  const path = join(work, "inventory.json");
  writeFileSync(path, toJson({ schemaVersion: 1, records: [record] }));
  return path;
}

beforeAll(async () => {
  requireChromium("the Data requests end-to-end test");
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

/** No sideways scrolling, and the screen (scrolled to `focus`) saved for people to look at. */
async function checkScreen(page: Page, name: string, language: string, focus?: Locator) {
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
  if (focus)
    await focus.evaluate((element) => {
      element.scrollIntoView({ block: "start" });
    });
  await page.screenshot({ path: join(ARTIFACTS, `requests-${WIDTH}-${language}-${name}.png`) });
}

async function clickEnabled(page: Page, testId: string) {
  const button = page.getByTestId(testId);
  await expect.poll(() => button.isEnabled(), { timeout: STEP_TIMEOUT_MS }).toBe(true);
  await button.click();
}

/** An agency's return: every year cell of every requested row filled in, the date on the cover. */
async function fillPack(bytes: Uint8Array, removeKey: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const keySheet = workbook.getWorksheet(REQUEST_KEY_SHEET);
  if (keySheet === undefined) throw new Error("the pack has no key");
  const tables: RequestTable[] = [];
  keySheet.eachRow((row) => {
    if (row.getCell(1).text === "table")
      tables.push(requestTableSchema.parse(JSON.parse(row.getCell(2).text)));
  });
  for (const table of tables) {
    const sheet = workbook.getWorksheet(table.sheet);
    table.rows.forEach((_, i) => {
      const row = sheet?.getRow(table.headerRow + 1 + i);
      if (row && row.getCell(2).value === null) row.getCell(2).value = `group ${String(i)}`;
      for (const { column } of table.yearColumns) if (row) row.getCell(column).value = 1000 + i;
    });
  }
  if (removeKey) workbook.removeWorksheet(keySheet.id);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("task pane web mode: data requests and the process", () => {
  for (const walk of WALKS) {
    test(`${walk.language} at ${WIDTH} px: packs out, packs back, status, process`, async () => {
      if (browser === undefined) throw new Error("Chromium did not start");
      const page = await browser.newPage({
        acceptDownloads: true,
        viewport: { width: WIDTH, height: 800 },
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

      // A workbook (its session key), an inventory, a preset, the analysis.
      await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
      await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.getByTestId("step-needs").click();
      await page.getByTestId("inventory-input").setInputFiles(inventoryFile());
      await page.getByTestId("merge-report").waitFor();
      await page.getByTestId("preset-select").selectOption("migration-profile-core");
      await clickEnabled(page, "run-analysis");
      await page.getByTestId("gap-matrix").waitFor({ timeout: STEP_TIMEOUT_MS });

      // Data requests: deadline and contact, then every pack in one .zip.
      await page.getByTestId("step-requests").click();
      await page.getByTestId("pack-card").first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.getByTestId("request-deadline").fill("2026-01-31");
      await page.getByTestId("request-contact").fill("TWG secretariat, twg@example.org");
      const packCount = await page.getByTestId("pack-card").count();
      expect(packCount).toBeGreaterThan(1);
      await checkScreen(page, "1-packs", walk.language);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }),
        clickEnabled(page, "save-all-packs"),
      ]);
      expect(download.suggestedFilename()).toMatch(/^data-requests-\d{4}-\d\d-\d\d\.zip$/);
      const zipPath = join(work, `${walk.language}.zip`);
      await download.saveAs(zipPath);
      const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
      const names = Object.keys(entries).sort();
      expect(names).toHaveLength(packCount);
      for (const name of names) expect(name).toMatch(/^request-.+-\d{4}-\d\d-\d\d\.xlsx$/);
      await page.getByTestId("packs-saved").waitFor();
      const requested = await page.getByTestId("status-card").count();
      expect(requested).toBeGreaterThan(0);
      expect(
        await page.locator('[data-testid="status-card"][data-state="requested"]').count(),
      ).toBe(requested);
      // The cover carries the deadline and the contact typed in the pane.
      const cover = new ExcelJS.Workbook();
      await cover.xlsx.load(entries[names[0] ?? ""] as unknown as ArrayBuffer);
      const coverText = JSON.stringify(cover.worksheets[0]?.getSheetValues());
      expect(coverText).toContain("2026-01-31");
      expect(coverText).toContain("twg@example.org");

      // Two packs come back: one filled in, one with its key removed.
      const [first, second] = names;
      if (first === undefined || second === undefined) throw new Error("fewer than two packs");
      const filled = join(work, first);
      const keyless = join(work, second);
      writeFileSync(filled, await fillPack(entries[first] ?? new Uint8Array(), false));
      writeFileSync(keyless, await fillPack(entries[second] ?? new Uint8Array(), true));
      await page.getByTestId("returned-input").setInputFiles([filled, keyless]);
      await expect
        .poll(() => page.getByTestId("returned-outcome").count(), { timeout: STEP_TIMEOUT_MS })
        .toBe(2);
      const outcomes = page.getByTestId("returned-outcome");
      expect(await outcomes.nth(0).getAttribute("data-status")).toBe("read");
      expect(await outcomes.nth(1).getAttribute("data-status")).toBe("key-missing");
      expect(await page.getByTestId("availability-change").count()).toBeGreaterThan(0);
      const received = page.locator('[data-testid="status-card"][data-state="received"]');
      expect(await received.count()).toBeGreaterThan(0);
      await checkScreen(
        page,
        "2-returned",
        walk.language,
        page.getByTestId("returned-outcome").first(),
      );

      // Validate one received indicator.
      const card = received.first();
      const indicator = await card.getAttribute("data-indicator");
      await card.getByTestId("status-edit").click();
      await card.getByTestId("validate-by").fill("A. Petrova");
      await card.getByTestId("validate-comment").fill("Matches the 2024 yearbook");
      await card.getByTestId("validate").click();
      const validated = page.locator(
        `[data-testid="status-card"][data-indicator="${indicator ?? ""}"]`,
      );
      expect(await validated.getAttribute("data-state")).toBe("validated");
      await checkScreen(page, "3-status-edit", walk.language, validated);

      // Process: 15 steps in 3 stages; the expert team is set up by the TWG chair.
      await page.getByTestId("step-process").click();
      await page.getByTestId("process-view").waitFor();
      expect(await page.getByTestId("process-step").count()).toBe(15);
      expect(await page.getByTestId("process-stage").count()).toBe(3);
      const newEvidence = page.locator('[data-testid="process-step"][data-step="new-evidence"]');
      expect(await newEvidence.getAttribute("data-auto")).toBe("true");
      expect(await newEvidence.getAttribute("data-status")).toBe("in-progress");
      await checkScreen(page, "4-process", walk.language);
      const team = page.locator('[data-testid="process-step"][data-step="expert-team"]');
      await team.getByTestId("process-edit").click();
      await team.getByTestId("process-owner").fill("TWG chair");
      await team.getByTestId("process-owner").blur();
      await team.getByTestId("process-start").fill("2025-10-01");
      await team.getByTestId("process-status").selectOption("done");
      expect(await team.getAttribute("data-status")).toBe("done");
      await checkScreen(page, "5-process-edit", walk.language, team);

      // Reload and open the same workbook: the process comes back from the browser's session.
      await page.waitForTimeout(1_000);
      await page.reload();
      await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
      await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
      await clickEnabled(page, "step-process");
      const again = page.locator('[data-testid="process-step"][data-step="expert-team"]');
      expect(await again.getAttribute("data-status")).toBe("done");
      expect(await again.textContent()).toContain("TWG chair");
      expect(await page.getByTestId("process-done").textContent()).toBe(walk.processDone);

      expect(pageErrors).toEqual([]);
      expect(remoteRequests).toEqual([]);
      await page.close();
    }, 240_000);
  }
});
