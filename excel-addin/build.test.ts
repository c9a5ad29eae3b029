/**
 * `npm run build:excel`'s output, built into a temporary folder: taskpane.html loads Office.js
 * from Microsoft's CDN (no local copy by default), and every page and icon the manifest links to
 * (SupportUrl, "Learn more", per-locale overrides) is a file the build wrote.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_JS_CDN_URL } from "./vite.config";

const configFile = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const manifest = readFileSync(fileURLToPath(new URL("./manifest.xml", import.meta.url)), "utf8");
const SERVED_ROOT = "https://localhost:3000/";
const outDir = mkdtempSync(join(tmpdir(), "gapmap-addin-build-"));

beforeAll(async () => {
  await build({ configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
}, 180_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe("the task pane build", () => {
  it("loads Office.js from Microsoft's CDN in taskpane.html and ships no local copy", () => {
    const taskpane = readFileSync(join(outDir, "taskpane.html"), "utf8");
    expect(taskpane).toContain(`<script src="${OFFICE_JS_CDN_URL}"></script>`);
    expect(existsSync(join(outDir, "office-js"))).toBe(false);
    const web = readFileSync(join(outDir, "index.html"), "utf8");
    expect(web).not.toMatch(/office\.js/i);
  });

  it("writes every page and icon the manifest links to", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(urls.some((url) => url.includes("help.html#fr"))).toBe(true);
    const files = new Set(urls.map((url) => url.slice(SERVED_ROOT.length).replace(/#.*$/, "")));
    expect(files).toContain("help.html");
    for (const file of files) expect(existsSync(join(outDir, file)), file).toBe(true);
  });

  it("writes a help page with a section for each manifest language", () => {
    const help = readFileSync(join(outDir, "help.html"), "utf8");
    for (const lang of ["en", "fr", "es", "ru"])
      expect(help).toMatch(new RegExp(`<section id="${lang}" lang="${lang}">`));
    expect(help).toMatch(/Excel for Mac/);
    expect(help).not.toMatch(/<script/);
  });
});
