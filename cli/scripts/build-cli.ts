/**
 * Bundles the command line with core and the catalogue into plain JavaScript in cli/dist/, so
 * `gapmap` starts without compiling TypeScript. Each command is its own file, loaded on demand.
 * jsdom stays external: it reads files next to its own sources at run time (see decision 0007).
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";

export const CLI_DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** The command modules the registry loads on demand: one self-contained file each. */
const COMMANDS_DIR = fileURLToPath(new URL("../src/commands/", import.meta.url));
function commandNames(): string[] {
  return readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.slice(0, -".ts".length));
}

/**
 * The registry's `import("./commands/x")` becomes an import of the separately built
 * `command-x.js`, so each command file holds only what that command uses. (Shared chunks from
 * code splitting are made by import graph, not by use: every command would load exceljs.)
 */
const commandsApart: Plugin = {
  name: "commands-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[\w-]+$/ }, (args) =>
      args.importer.endsWith("registry.ts")
        ? { path: `./command-${args.path.slice("./commands/".length)}.js`, external: true }
        : undefined,
    );
  },
};

/**
 * Packages left out of the bundle; the published package ships them in its node_modules.
 * resvg-js loads its platform's native binary (an optional dependency) at run time.
 */
export const EXTERNAL_PACKAGES = ["jsdom", "@resvg/resvg-js"] as const;

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** SheetJS's code-page tables: 1.5 MB of data needed only for legacy .xls text. */
const CODEPAGES_MODULE = "@e965/xlsx/dist/cpexcel.full.mjs";
const CODEPAGES_FILE = "cpexcel.cjs";

/**
 * Evaluating the code-page tables took ~370 ms of every scan, .xlsx or not. In the bundle they
 * are a copy of SheetJS's CommonJS build beside it, required the first time a decoder is used;
 * SheetJS reads them only through `.utils`, so a proxy there is enough.
 */
const lazyCodepages: Plugin = {
  name: "lazy-codepages",
  setup(b) {
    b.onResolve({ filter: /^@e965\/xlsx\/dist\/cpexcel\.full\.mjs$/ }, () => ({
      path: CODEPAGES_MODULE,
      namespace: "lazy-codepages",
    }));
    b.onLoad({ filter: /.*/, namespace: "lazy-codepages" }, () => ({
      loader: "js",
      contents: `
        import { createRequire } from "node:module";
        let tables;
        const load = () => (tables ??= createRequire(import.meta.url)("./${CODEPAGES_FILE}"));
        const lazy = (pick) => new Proxy({}, {
          get: (_, key) => pick(load())[key],
          has: (_, key) => key in pick(load()),
        });
        export const utils = lazy((t) => t.utils);
        export const cptable = lazy((t) => t);
        export const version = "${codepagesVersion()}";
      `,
    }));
  },
};

const OUR_SOURCES = [
  fileURLToPath(new URL("../../core/src/", import.meta.url)),
  fileURLToPath(new URL("../../catalog/src/", import.meta.url)),
];

/**
 * Core and the catalogue have no import-time side effects, so modules a command does not use
 * can be left out of its chunk (otherwise `scan` would compile the .xlsx writer's exceljs too).
 * Said here rather than in their package.json so the extension and add-in builds are unchanged.
 */
const pureOwnModules: Plugin = {
  name: "pure-own-modules",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "pure-own-modules" || args.namespace !== "file") return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "pure-own-modules",
      });
      if (resolved.errors.length > 0 || !OUR_SOURCES.some((d) => resolved.path.startsWith(d)))
        return undefined;
      return { path: resolved.path, sideEffects: false };
    });
  },
};

function codepagesVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("@e965/xlsx/dist/cpexcel.js") as { version: string }).version;
}

function copyCodepages(outdir: string): void {
  const require = createRequire(import.meta.url);
  mkdirSync(outdir, { recursive: true });
  copyFileSync(require.resolve("@e965/xlsx/dist/cpexcel.js"), join(outdir, CODEPAGES_FILE));
}

export function cliBuildOptions(outdir = CLI_DIST): BuildOptions {
  return {
    entryPoints: {
      gapmap: source("cli-entry.ts"),
      "scan-worker": source("scan/scan-worker.ts"),
      ...Object.fromEntries(
        commandNames().map((n) => [`command-${n}`, source(`commands/${n}.ts`)]),
      ),
    },
    outdir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    minify: true,
    keepNames: true,
    external: [...EXTERNAL_PACKAGES],
    // Bundled CommonJS libraries call require() for Node built-ins; ES modules have none.
    banner: {
      js: 'import { createRequire as __gapmapRequire } from "node:module"; const require = __gapmapRequire(import.meta.url);',
    },
    plugins: [commandsApart, lazyCodepages, pureOwnModules],
    logLevel: "warning",
    legalComments: "linked",
  };
}

/** Builds into `outdir` (by default cli/dist, which the repository's bin runs). */
export async function buildCli(outdir = CLI_DIST): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build(cliBuildOptions(outdir));
  copyCodepages(outdir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`built the gapmap command line in ${CLI_DIST}`);
}
