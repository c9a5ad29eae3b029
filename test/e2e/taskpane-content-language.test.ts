/**
 * End-to-end: the task pane's catalogue content in French, Spanish and Russian. In the BUILT web
 * mode at Excel's pane width (350 px), a real Russian workbook is opened, a table accepted, a
 * preset chosen and the analysis run; the preset names and description, the gap details and the
 * action titles shown must be the translations, not the English the engine stores. Screenshots
 * of the needs and results steps go to test/artifacts/ (taskpane-content-350-<lang>-*.png).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { getCatalogue } from "@gapmap/catalog";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServedTaskpane, type ServedTaskpane } from "../support/taskpane-browser";
import { REPO } from "../support/taskpane-dist";

const FIXTURE = realFixture("ru_mvd_2RD_migration_situation_2016.xls");
const ARTIFACTS = join(REPO, "test/artifacts");
const STEP_TIMEOUT_MS = 60_000;
const WIDTH = 350;
const HEIGHT = 800;
/** Result cards opened to read their details (one opens at a time). */
const ROWS_READ = 12;
const LANGUAGES = ["fr", "es", "ru"] as const;

const catalogue = getCatalogue();

/**
 * English the engine writes into gap details and action titles, as whole words: none may be
 * left where the pane shows a translation. Words the other languages share ("proxy", "format",
 * "source", "standard", "national") are not listed.
 */
const ENGLISH =
  /\b(the|not|of|and|vs|with|for|to|missing|published|needed|available|records?|level|latest|years?|access|publicly|quality|flags|lacks|partly|months|breakdowns|annual|registered|usual|estimate|included|excluded|admin-\d|on-request|follows|documented|compare|find|start|publish|ask|agree|sign|update|request|review|secure|seek|make|add)\b/i;

/** Agencies (from the inventory or the source types) are not translated; they sit in brackets. */
function withoutAgencies(text: string): string {
  return text.replace(/\([^)]*\)/g, "");
}

let browser: Browser | undefined;
let url: string;
let served: ServedTaskpane | undefined;

beforeAll(async () => {
  served = await startServedTaskpane("the task pane content-language test");
  ({ browser, url } = served);
}, 240_000);

afterAll(async () => {
  await served?.close();
});

async function screenshot(page: Page, lang: string, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: join(ARTIFACTS, `taskpane-content-${WIDTH}-${lang}-${name}.png`),
  });
}

async function enabledClick(page: Page, testId: string) {
  const button = page.getByTestId(testId);
  await expect.poll(() => button.isEnabled(), { timeout: STEP_TIMEOUT_MS }).toBe(true);
  await button.click();
}

describe("task pane content in the pane's language", () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: presets, gap details and actions are translated`, async () => {
      if (browser === undefined) throw new Error("Chromium did not start");
      const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(url);
      await page.getByTestId("language-picker").selectOption(lang);
      await page.getByTestId("workbook-input").setInputFiles(FIXTURE);
      await page.getByTestId("tables-found").waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.getByTestId("step-review").click();
      await page.getByTestId("review-row").first().getByTestId("accept").click();

      // Needs: every preset is offered under its translated name, with its description.
      await page.getByTestId("step-needs").click();
      const select = page.getByTestId("preset-select");
      await select.locator('option:not([value=""])').first().waitFor({ state: "attached" });
      const offered = await select
        .locator('option:not([value=""])')
        .evaluateAll((options) => options.map((o) => o.textContent));
      expect(offered).toHaveLength(catalogue.presets.length);
      const englishNames = new Set(catalogue.presets.map((p) => p.name));
      for (const text of offered) expect(englishNames.has(text), text).toBe(false);
      const preset = catalogue.presets[0];
      if (preset === undefined) throw new Error("the catalogue has no presets");
      await select.selectOption(preset.id);
      const description = await page.getByTestId("preset-description").textContent();
      expect(description).not.toBe(preset.description);
      expect(description).toBe(catalogue.displayNames.presetDescription[preset.id]?.[lang]?.text);
      await page.getByTestId("need-row").first().waitFor();
      await screenshot(page, lang, "needs");

      // Results: the details and actions of the first card (no source at all), then of the
      // cards the accepted table feeds (partly met: several gaps each).
      await enabledClick(page, "run-analysis");
      await page.getByTestId("gap-matrix").waitFor({ timeout: STEP_TIMEOUT_MS });
      const toggles = page.getByTestId("row-details-toggle");
      const details: string[] = [];
      const actions: string[] = [];
      const read = async (index: number) => {
        await toggles.nth(index).click();
        const open = page.getByTestId("row-details");
        await open.waitFor();
        await open.evaluate((element) => {
          element.scrollIntoView({ block: "start" });
        });
        details.push(...(await open.getByTestId("gap-detail").allTextContents()));
        actions.push(...(await open.getByTestId("action-title").allTextContents()));
      };
      await read(0);
      await page.getByTestId("filter-status").selectOption("partly-met");
      const count = Math.min(await toggles.count(), ROWS_READ);
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        await read(i);
        if (i === 0) await screenshot(page, lang, "results-details");
      }
      expect(details.length).toBeGreaterThan(2 * count);
      expect(actions.length).toBeGreaterThan(0);
      // The accepted table's indicators have more to say than "no source": more than one kind.
      expect(new Set(details).size).toBeGreaterThan(1);
      for (const text of [...details, ...actions]) {
        expect(withoutAgencies(text), text).not.toMatch(ENGLISH);
        if (lang === "ru") expect(text, text).toMatch(/[а-яё]/i);
      }
      // The last card read, with its details open, for people to look at.
      await screenshot(page, lang, "results-details-last");
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 240_000);
  }
});
