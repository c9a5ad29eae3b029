/**
 * `npm run release [-- --version n.n.n] [--base-url https://host/path/]`: every part of Gapmap,
 * at one version, in release/: the CLI package (gapmap-<v>.tgz), the extension's store zips
 * (linted with addons-linter: no errors), the add-in site with its manifest (validated against
 * the XSD schemas) as a folder and a zip, SHA256SUMS, and a CHANGELOG.md entry. Offline.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { zipSync } from "fflate";
import { buildSite } from "../../excel-addin/scripts/build-site";
import { packCli } from "../../cli/scripts/pack-cli";
import { CHANGELOG, ensureChangelogEntry } from "./changelog";
import { lintExtension, lintSummary } from "./lint-extension";
import { EXTENSION_TARGETS, zipExtension } from "./package-extension";
import { RELEASE_DIR, REPO, releaseVersion } from "./paths";
import { setVersion, versions } from "./set-version";

/** Where the add-in is served unless --base-url says otherwise: the dev server's address. */
const DEFAULT_BASE_URL = "https://localhost:3000/";

function step(text: string): void {
  console.log(`\n== ${text}`);
}

function filesIn(dir: string, prefix = ""): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, filesIn(path, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(path);
  }
  return out;
}

function writeChecksums(): string {
  const lines = readdirSync(RELEASE_DIR)
    .filter((f) => statSync(join(RELEASE_DIR, f)).isFile() && f !== "SHA256SUMS")
    .sort()
    .map(
      (f) =>
        `${createHash("sha256")
          .update(readFileSync(join(RELEASE_DIR, f)))
          .digest("hex")}  ${f}`,
    );
  const path = join(RELEASE_DIR, "SHA256SUMS");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function release(): Promise<void> {
  const { values } = parseArgs({
    options: { version: { type: "string" }, "base-url": { type: "string" } },
  });
  if (values.version !== undefined)
    for (const f of setVersion(values.version)) console.log(`set the version in ${f}`);
  const version = releaseVersion();
  const mismatched = Object.entries(versions()).filter(([, v]) => v !== version);
  if (mismatched.length > 0)
    throw new Error(
      `versions differ from ${version}: ${mismatched.map(([d, v]) => `${d} ${v}`).join(", ")}`,
    );
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(RELEASE_DIR, { recursive: true });

  step(`the command line package, version ${version}`);
  console.log(`wrote ${await packCli(RELEASE_DIR)}`);

  step("the extension's store packages");
  execFileSync("npm", ["run", "build", "-w", "@gapmap/extension"], {
    cwd: REPO,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const zips = zipExtension(RELEASE_DIR);
  // Both linter runs at once: each takes a while over the bundled scripts.
  const lints = EXTENSION_TARGETS.map((target) => lintExtension(zips[target], target));
  for (const lint of lints) lint.catch(() => undefined); // awaited below, one by one
  for (const [i, target] of EXTENSION_TARGETS.entries()) {
    const lint = await lints[i];
    if (!lint) continue;
    console.log(
      `wrote ${zips[target]}: addons-linter ${lint.errors.length} errors, ${lint.warnings.length} warnings`,
    );
    for (const line of lintSummary(lint.warnings)) console.log(`   warning ${line}`);
    if (lint.errors.length > 0)
      throw new Error(
        `addons-linter errors in ${zips[target]}:\n${lintSummary(lint.errors).join("\n")}`,
      );
  }

  step("the Excel add-in: static site and manifest");
  const baseUrl = values["base-url"] ?? DEFAULT_BASE_URL;
  const siteDir = join(RELEASE_DIR, `gapmap-excel-${version}`);
  const manifest = await buildSite({ outDir: siteDir, baseUrl, officeJs: "cdn", version });
  if (manifest) cpSync(manifest, join(RELEASE_DIR, `gapmap-excel-${version}-manifest.xml`));
  writeFileSync(
    join(RELEASE_DIR, `gapmap-excel-${version}.zip`),
    zipSync(filesIn(siteDir), { level: 9, mtime: new Date("2000-01-01T00:00:00Z") }),
  );
  console.log(`wrote ${siteDir} (and .zip) for ${baseUrl}; valid manifest against the XSD schemas`);
  if (values["base-url"] === undefined)
    console.log(
      `   note: its manifest points at ${DEFAULT_BASE_URL}; for your server: npm run release -- --base-url https://host/path/`,
    );

  step("checksums and changelog");
  console.log(`wrote ${writeChecksums()}`);
  const added = ensureChangelogEntry(version, new Date().toISOString().slice(0, 10), [
    `CLI package \`gapmap-${version}.tgz\`, extension packages \`gapmap-chrome-${version}.zip\` and \`gapmap-firefox-${version}.zip\`, Excel add-in site \`gapmap-excel-${version}.zip\` with its manifest.`,
  ]);
  console.log(
    added
      ? `added a ${version} entry to ${CHANGELOG}: describe the changes there`
      : `${CHANGELOG} has a ${version} entry`,
  );
}

try {
  await release();
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
