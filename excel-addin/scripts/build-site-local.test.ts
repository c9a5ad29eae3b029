/**
 * `npm run build:excel -- --base-url … --office-js local`, for networks that block Microsoft's
 * CDN: taskpane.html loads the site's own copy of Office.js, that copy is the @microsoft/office-js
 * package's files unchanged (Microsoft supports only an unchanged copy), and the manifest for the
 * address still passes the XSD schemas.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_JS_CDN_URL, OFFICE_JS_LOCAL_URL } from "../vite.config";
import { buildSite } from "./build-site";

const outDir = mkdtempSync(join(tmpdir(), "gapmap-addin-local-"));
const packageDist = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);
let manifest: string | undefined;

/** Paths of the files under `dir`, relative to it, with "/" between folders. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

beforeAll(async () => {
  const before = process.env["GAPMAP_OFFICE_JS"];
  try {
    manifest = await buildSite({
      outDir,
      baseUrl: "https://intranet.example/gapmap/",
      officeJs: "local",
      version: "0.1.0",
    });
  } finally {
    if (before === undefined) delete process.env["GAPMAP_OFFICE_JS"];
    else process.env["GAPMAP_OFFICE_JS"] = before;
  }
}, 300_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe("the add-in site built with --office-js local", () => {
  it("loads Office.js from the site itself, not from the CDN", () => {
    const taskpane = readFileSync(join(outDir, "taskpane.html"), "utf8");
    expect(taskpane).toContain(`<script src="${OFFICE_JS_LOCAL_URL}"></script>`);
    expect(taskpane).not.toContain(OFFICE_JS_CDN_URL);
  });

  it("ships the package's Office.js files unchanged, and none for other Office apps", () => {
    const copied = filesUnder(join(outDir, "office-js"));
    expect(copied).toContain("office.js");
    expect(copied.some((f) => /(^|\/)excel-/.test(f))).toBe(true);
    expect(copied.some((f) => /(^|\/)word-|\.debug\.js$/.test(f))).toBe(false);
    const changed = copied.filter(
      (f) => !readFileSync(join(outDir, "office-js", f)).equals(readFileSync(join(packageDist, f))),
    );
    expect(changed).toEqual([]);
  });

  it("writes a manifest for the address that passes the XSD schemas", () => {
    expect(manifest).toBe(join(outDir, "manifest.xml"));
    const xml = readFileSync(manifest ?? "", "utf8");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://intranet.example/gapmap/taskpane.html"/>',
    );
  });
});
