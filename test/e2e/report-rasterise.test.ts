/**
 * The task pane's chart rasteriser (excel-addin/src/taskpane/report/rasterise-canvas.ts) in real
 * headless Chromium: the module is bundled as is with esbuild and run in a blank page on the
 * report's own chart SVGs (Latin and Cyrillic labels, one and several series). Each PNG must have
 * the size asked for, ink on it and every bar colour of its SVG; an SVG the browser cannot read
 * must fail with the rasteriser's error, not hang. The PNGs go to test/artifacts/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { barChartSvg, type BarChartSpec } from "@gapmap/core";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "../support/chromium";
import { pngStats } from "../support/png-stats";
import { REPO } from "../support/taskpane-dist";

const ARTIFACTS = join(REPO, "test/artifacts");
const RASTERISER = join(REPO, "excel-addin/src/taskpane/report/rasterise-canvas.ts");

let browser: Browser | undefined;
let page: Page | undefined;

beforeAll(async () => {
  requireChromium("the browser rasteriser test");
  const bundled = await build({
    stdin: {
      contents: `import { rasteriseInCanvas } from ${JSON.stringify(RASTERISER)};
        globalThis.rasterise = async (svg, w, h) => {
          try { return { bytes: Array.from(await rasteriseInCanvas(svg, w, h)) }; }
          catch (e) { return { error: e.name + ": " + e.message }; }
        };`,
      resolveDir: REPO,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "silent",
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
  page = await browser.newPage();
  await page.setContent("<!doctype html><title>rasterise</title>");
  await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? "" });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function rasterise(svg: string, width: number, height: number) {
  if (page === undefined) throw new Error("Chromium did not start");
  return page.evaluate(
    ([s, w, h]) =>
      (
        globalThis as unknown as {
          rasterise: (
            svg: string,
            w: number,
            h: number,
          ) => Promise<{ bytes?: number[]; error?: string }>;
        }
      ).rasterise(s, w, h),
    [svg, width, height] as const,
  );
}

const CHARTS: Record<string, BarChartSpec> = {
  scores: {
    labels: ["A.1 Irregular migration", "A.2 Immigration", "B.3 Migration and the labour market"],
    series: [{ name: "Score", colour: "#4472C4", values: [0, 45, 100] }],
    max: 100,
    valueLabels: true,
    description: "Score by section",
  },
  "producers-ru": {
    labels: ["Росстат", "МВД России, Главное управление по вопросам миграции", "ЦБ"],
    series: [
      { name: "Доступно", colour: "#2E7D32", values: [3, 1, 0] },
      { name: "Частично", colour: "#F9A825", values: [1, 2, 2] },
      { name: "Заменитель", colour: "#EF6C00", values: [0, 1, 1] },
    ],
    max: 5,
    valueLabels: true,
    description: "Производители",
  },
};

describe("the browser rasteriser", () => {
  for (const [name, spec] of Object.entries(CHARTS)) {
    it(`draws the ${name} chart as a PNG of the size asked for, with its bars`, async () => {
      const chart = barChartSvg(spec);
      const width = chart.width * 1.5;
      const height = chart.height * 1.5;
      const result = await rasterise(chart.svg, width, height);
      expect(result.error).toBeUndefined();
      const png = Uint8Array.from(result.bytes ?? []);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, `report-rasterise-${name}.png`), png);
      const stats = pngStats(png);
      expect([stats.width, stats.height]).toEqual([Math.round(width), Math.round(height)]);
      // Bars, grid and labels: a few per cent of the picture, never all of it.
      expect(stats.inkShare).toBeGreaterThan(0.02);
      expect(stats.inkShare).toBeLessThan(0.8);
      for (const series of spec.series) expect(stats.hasColour(series.colour)).toBe(true);
      expect(stats.hasColour("#222222")).toBe(true); // the labels' text colour
    });
  }

  it("fails with its own error on an SVG the browser cannot read", async () => {
    const result = await rasterise("<svg xmlns='http://www.w3.org/2000/svg'><rect", 100, 50);
    expect(result.bytes).toBeUndefined();
    expect(result.error).toMatch(/^RasteriseError: /);
  });
});
