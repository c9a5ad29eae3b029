/**
 * Whether the extension's Chrome production build (extension/build/chrome-mv3-prod) was made from
 * the sources as they are now: a SHA-256 of every input (the extension, core and catalog sources,
 * the lockfile, PLASMO_* settings) is written beside the build after it is made, and compared
 * later. The e2e tests build only when the stamp does not match, so `npm test` (whose `pretest`
 * builds) does not build a second time, and a busy machine does not spend minutes on it twice.
 * Run directly, it stamps the current build: `build:extension` does so after building.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../", import.meta.url));
export const CHROME_BUILD_DIR = join(REPO, "extension/build/chrome-mv3-prod");
const STAMP = `${CHROME_BUILD_DIR}.inputs`;

/** Folders whose files go into the bundle (tests and build output excluded). */
const INPUT_DIRS = [
  "extension",
  "core/src",
  "catalog/src",
  "scripts/content-script",
  "scripts/host",
];
const INPUT_FILES = [
  "package.json",
  "package-lock.json",
  "core/package.json",
  "catalog/package.json",
];
const SKIPPED_DIRS = new Set(["build", ".plasmo", "node_modules"]);
/** Files no bundle reads: tests, their config, notes. */
const NOT_BUNDLED_RE = /\.test\.tsx?$|^vitest\.config\.ts$|\.md$/;

function inputFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (!NOT_BUNDLED_RE.test(entry.name)) files.push(path);
    }
  };
  for (const dir of INPUT_DIRS) walk(join(REPO, dir));
  files.push(...INPUT_FILES.map((f) => join(REPO, f)));
  return files.sort();
}

/** The SHA-256 of the build's inputs, as hex. */
export function extensionInputsHash(): string {
  const hash = createHash("sha256");
  for (const file of inputFiles()) {
    hash.update(relative(REPO, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith("PLASMO_"))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify(settings));
  return hash.digest("hex");
}

/** True when the Chrome production build exists and was made from the current inputs. */
export function chromeBuildIsCurrent(): boolean {
  if (!existsSync(join(CHROME_BUILD_DIR, "manifest.json")) || !existsSync(STAMP)) return false;
  return readFileSync(STAMP, "utf8").trim() === extensionInputsHash();
}

/** Records that the Chrome production build was made from inputs hashing to `inputs`. */
export function stampChromeBuild(inputs: string = extensionInputsHash()): void {
  writeFileSync(STAMP, `${inputs}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) stampChromeBuild();
