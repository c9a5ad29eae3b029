/**
 * `npm pack` for the command line: builds the bundle, lays out a package named `gapmap` with
 * the bundle, the bin and jsdom (the one external runtime dependency, with everything it needs,
 * copied from this repository's node_modules as bundled dependencies), and packs it into
 * `gapmap-<version>.tgz`. Installing that file needs no registry.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli, EXTERNAL_PACKAGES } from "./build-cli";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const CLI = fileURLToPath(new URL("../", import.meta.url));
const DESCRIPTION =
  "Map gaps in migration data: find indicator tables in workbooks and web pages, assess them against a needs profile.";

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

/** Node's lookup: the nearest node_modules/<name> from `fromDir` up to the repository root. */
function resolvePackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; dir.startsWith(ROOT); dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === dirname(dir)) break;
  }
  return undefined;
}

/**
 * The packages to copy to the top of the package's node_modules: the external ones and
 * everything they depend on that sits at the top of ours (nested copies travel inside their
 * parent's folder).
 */
function dependencyClosure(names: readonly string[]): string[] {
  const topLevel = new Set<string>();
  const seen = new Set<string>();
  const queue = names.map((n) => resolvePackageDir(n, ROOT) ?? n);
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    if (seen.has(dir)) continue;
    if (!existsSync(dir)) throw new Error(`cannot find ${dir} in node_modules; run npm ci first`);
    seen.add(dir);
    if (
      dirname(dir) === join(ROOT, "node_modules") ||
      dirname(dirname(dir)) === join(ROOT, "node_modules")
    )
      topLevel.add(dir);
    const m = readManifest(dir);
    for (const [dep, optional] of [
      ...Object.keys(m.dependencies ?? {}).map((d) => [d, false] as const),
      ...Object.keys(m.optionalDependencies ?? {}).map((d) => [d, true] as const),
    ]) {
      const found = resolvePackageDir(dep, dir);
      if (found) queue.push(found);
      else if (!optional) throw new Error(`${m.name} needs ${dep}, which is not installed`);
    }
  }
  return [...topLevel];
}

export function rootVersion(): string {
  return readManifest(ROOT).version;
}

/** Writes gapmap-<version>.tgz into `destination` and returns its path. */
export async function packCli(destination: string): Promise<string> {
  const version = rootVersion();
  const stage = mkdtempSync(join(tmpdir(), "gapmap-pack-"));
  try {
    // Built afresh into the package (not cli/dist, which a running test may be using).
    await buildCli(join(stage, "dist"));
    mkdirSync(join(stage, "bin"));
    cpSync(join(CLI, "bin", "gapmap.js"), join(stage, "bin", "gapmap.js"));
    cpSync(join(CLI, "README.md"), join(stage, "README.md"));
    for (const dir of dependencyClosure(EXTERNAL_PACKAGES)) {
      const target = join(stage, "node_modules", dir.slice(join(ROOT, "node_modules").length + 1));
      cpSync(dir, target, { recursive: true, dereference: true });
    }
    const dependencies = Object.fromEntries(
      EXTERNAL_PACKAGES.map((name) => [
        name,
        readManifest(join(ROOT, "node_modules", name)).version,
      ]),
    );
    const manifest = {
      name: "gapmap",
      version,
      description: DESCRIPTION,
      license: "MIT",
      type: "module",
      bin: { gapmap: "bin/gapmap.js" },
      files: ["bin", "dist"],
      engines: { node: ">=20.19" },
      dependencies,
      bundleDependencies: Object.keys(dependencies),
    };
    writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(destination, { recursive: true });
    const out = resolve(destination);
    execFileSync("npm", ["pack", "--pack-destination", out, "--silent"], {
      cwd: stage,
      stdio: ["ignore", "pipe", "inherit"],
    });
    return join(out, `gapmap-${version}.tgz`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = process.argv[2] ?? join(ROOT, "release");
  console.log(`wrote ${await packCli(destination)}`);
}
