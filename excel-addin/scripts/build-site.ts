/**
 * `npm run build:excel -- --base-url https://intranet.example/gapmap/ [--office-js local]
 * [--out DIR]`: the task pane as a static site for any HTTPS host, and, with --base-url, the
 * manifest for that address, validated against the XSD schemas. Without --base-url only the
 * site is built (the manifest in excel-addin/ stays the developer's, for npm run dev:excel).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { deployManifest, parseBaseUrl, readDevManifest } from "./deploy-manifest";
import { manifestSchemaErrors } from "./validate-manifest";

const CONFIG = fileURLToPath(new URL("../vite.config.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface SiteOptions {
  outDir: string;
  baseUrl?: string;
  officeJs: "cdn" | "local";
  version: string;
}

/** Builds the site into outDir; returns the manifest's path when one was written. */
export async function buildSite(options: SiteOptions): Promise<string | undefined> {
  const base = options.baseUrl === undefined ? undefined : parseBaseUrl(options.baseUrl);
  // vite.config.ts reads the Office.js choice from the environment when it loads.
  process.env["GAPMAP_OFFICE_JS"] = options.officeJs;
  await build({
    configFile: CONFIG,
    logLevel: "warn",
    build: { outDir: options.outDir, emptyOutDir: true },
  });
  if (base === undefined) return undefined;
  const manifest = join(options.outDir, "manifest.xml");
  writeFileSync(manifest, deployManifest(readDevManifest(), base, options.version));
  const errors = manifestSchemaErrors(manifest);
  if (errors.length > 0)
    throw new Error(`the manifest does not match the schema:\n${errors.join("\n")}`);
  return manifest;
}

function officeJsChoice(value: string | undefined): "cdn" | "local" {
  if (value === undefined || value === "cdn") return "cdn";
  if (value === "local") return "local";
  throw new Error(`--office-js must be "cdn" or "local", not "${value}"`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { values } = parseArgs({
      options: {
        "base-url": { type: "string" },
        "office-js": { type: "string" },
        out: { type: "string" },
      },
    });
    // The root package.json holds the one version of every Gapmap part.
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const outDir = resolve(values.out ?? join(ROOT, "excel-addin", "dist"));
    const manifest = await buildSite({
      outDir,
      ...(values["base-url"] === undefined ? {} : { baseUrl: values["base-url"] }),
      officeJs: officeJsChoice(values["office-js"]),
      version,
    });
    console.log(`built the task pane site in ${outDir}`);
    console.log(
      manifest
        ? `wrote ${manifest} (valid against the XSD schemas); deploy both, see docs/deploy/excel.md`
        : "no manifest written: pass --base-url https://your-host/path/ for one",
    );
  } catch (error) {
    console.error(`build:excel: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
