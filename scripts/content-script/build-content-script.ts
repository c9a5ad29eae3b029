/**
 * Builds the extension's content script with esbuild into `<build dir>/content/`, after Plasmo
 * has built the rest (docs/decisions/0010-content-script-esbuild.md): the catalogue's data
 * files, then the code in layers (plan-layers.ts), so that no file the page compiles and runs in
 * one task is big. Usage: `tsx scripts/content-script/build-content-script.ts <build dir>
 * [--no-minify]`, where the build dir is e.g. extension/build/chrome-mv3-prod.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Metafile } from "esbuild";
import {
  CATALOGUE_FILES,
  CODE_LAYERS,
  CONTENT_SCRIPT_DIR,
  MAX_CATALOGUE_PIECE_BYTES,
  type ContentScriptFile,
} from "../../extension/src/background/content-script-files";
import { cataloguePieces } from "../../extension/src/injected/catalogue-chunks";
import { modulesOfLayer, planLayers, type LayerRule, type ModuleGraph } from "./plan-layers";
import { pureSchemasPlugin } from "./pure-schemas";
import { addSharedReads, type SharedReads } from "./shared-reads";
import { onceGuard, registeringEntry, sharedModulesPlugin } from "./shared-modules";
import { CONTENT_ZOD_MEMBERS } from "./content-zod";
import { zodMembersRead } from "./zod-members";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const INJECTED = join(REPO, "extension/src/injected");
const TAGGER_ENTRY = join(INJECTED, "tagger.ts");
const CATALOGUE_PARTS = join(INJECTED, "catalogue-parts.ts");
/** The content script's own zod: only what it calls, schemas built on first use (content-zod.ts). */
const ALIASES = { zod: join(REPO, "scripts/content-script/content-zod.ts") };

const under =
  (...prefixes: string[]) =>
  (path: string) =>
    prefixes.some((prefix) => path.startsWith(prefix));

/** Where each module of the code goes, in CODE_LAYERS order (the tagger takes the rest). */
const LAYER_RULES: readonly LayerRule[] = [
  // zod's core without its schema classes and API, then those, then its classic API.
  {
    name: "tagger-zod-base",
    matches: (p) =>
      p.startsWith("node_modules/zod/v4/core/") &&
      !/\/(schemas|api|json-schema-processors|to-json-schema)\.js$/.test(p),
  },
  { name: "tagger-zod-core", matches: under("node_modules/zod/v4/core/") },
  { name: "tagger-zod", matches: (p) => /node_modules\/zod\/|content-zod/.test(p) },
  // The stemmers (~150 KB, the Serbian one alone 75) apart from the other libraries: one file
  // of both took 73 ms of thread CPU at 4x (compile 56).
  { name: "tagger-stemmers", matches: under("node_modules/@orama/stemmers/") },
  // The country names' languages apart from the other libraries: together they took 54 ms of a
  // task at 4x (compile 33).
  { name: "tagger-countries", matches: under("node_modules/i18n-iso-countries/") },
  { name: "tagger-libraries", matches: under("node_modules/") },
  // The schemas the content script uses (stored inventory): the first built in the page, while
  // zod's own code still runs cold, so in three layers.
  {
    name: "tagger-vocabulary",
    matches: under("core/src/catalogue/schema.ts", "core/src/catalogue/vocabulary.ts"),
  },
  {
    name: "tagger-inventory",
    matches: (p) => p.startsWith("core/src/inventory/") && !/(inventory-v0|migrate-)/.test(p),
  },
  { name: "tagger-migration", matches: under("core/src/inventory/") },
  {
    name: "tagger-core",
    matches: under(
      "core/src/text/",
      "core/src/search/",
      "core/src/catalogue/",
      "core/src/gaps/",
      "core/src/tracking/",
      "core/src/needs/",
      "core/src/requests/",
      "core/src/inventory/",
      "catalog/",
    ),
  },
  {
    name: "tagger-places",
    matches: under(
      "core/src/tables/place-names.generated.ts",
      "core/src/tables/precomputed-places.ts",
      "core/src/tables/country-",
    ),
  },
  // Table detection in two layers (one took 63 ms of thread CPU at 4x): its word lists, header
  // kinds, periods and row and column profiles first (with whatever they import), then the rest.
  {
    name: "tagger-table-words",
    matches: under(
      "core/src/grid/",
      "core/src/tables/dimension-vocab.ts",
      "core/src/tables/header-kinds.ts",
      "core/src/tables/period-",
      "core/src/tables/month-names.ts",
      "core/src/tables/row-profile.ts",
      "core/src/tables/column-",
      "core/src/tables/measure-cues.ts",
      "core/src/tables/unit-detect.ts",
      "core/src/tables/cell-values.ts",
      "core/src/tables/sheet-view.ts",
    ),
  },
  { name: "tagger-tables", matches: under("core/src/tables/", "core/src/grid/", "core/src/scan/") },
  // Page tagging in two layers (one took 44 ms of a task at 4x): reading the page's words and
  // language first, then choosing the mentions.
  {
    name: "tagger-matcher",
    matches: under(
      "core/src/tagging/phrase-trie.ts",
      "core/src/tagging/stream-text.ts",
      "core/src/tagging/ascii-word-table.ts",
      "core/src/tagging/word-",
      "core/src/tagging/mention-matcher.ts",
      "core/src/tagging/detect-language.ts",
      "core/src/tagging/boilerplate.ts",
      "core/src/tagging/related-headings.ts",
      "core/src/tagging/collapsed-length.ts",
      "core/src/tagging/steps.ts",
      "core/src/tagging/chart-table.ts",
    ),
  },
  { name: "tagger-tagging", matches: under("core/src/") },
  { name: "tagger", matches: () => true },
];

export interface BuiltFile {
  name: ContentScriptFile;
  bytes: number;
}

/** The esbuild options of every script the extension builds itself (content script, engine host). */
export function commonOptions(minify: boolean): BuildOptions {
  return {
    absWorkingDir: REPO,
    bundle: true,
    write: false,
    format: "iife",
    target: "chrome120",
    charset: "utf8",
    minify,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  };
}

function graphOf(metafile: Metafile): ModuleGraph {
  const graph: Record<string, { bytes: number; imports: string[] }> = {};
  const output = Object.values(metafile.outputs)[0];
  for (const [path, input] of Object.entries(metafile.inputs)) {
    graph[path] = {
      bytes: output?.inputs[path]?.bytesInOutput ?? 0,
      imports: input.imports.filter((i) => !i.external).map((i) => i.path),
    };
  }
  return graph;
}

/** The modules with code in one layer's output. */
function modulesWithCode(metafile: Metafile): string[] {
  const output = Object.values(metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([path, input]) => input.bytesInOutput > 0 && !/^(gapmap-shared:|<stdin>$)/.test(path))
    .map(([path]) => path);
}

/** Each module's export names (one bundling of them all, as ES modules). */
async function exportNames(modules: readonly string[]): Promise<Map<string, string[]>> {
  const result = await build({
    ...commonOptions(false),
    entryPoints: modules.map((key) => join(REPO, key)),
    format: "esm",
    splitting: true,
    outdir: join(REPO, "extension/build/.content-exports"),
    metafile: true,
    plugins: [sharedModulesPlugin(REPO, new Map(), ALIASES), pureSchemasPlugin],
  });
  const names = new Map<string, string[]>();
  for (const output of Object.values(result.metafile.outputs)) {
    if (output.entryPoint !== undefined) names.set(output.entryPoint, output.exports);
  }
  return names;
}

async function buildCode(minify: boolean): Promise<Map<ContentScriptFile, string>> {
  if (LAYER_RULES.map((r) => r.name).join() !== CODE_LAYERS.join()) {
    throw new Error("LAYER_RULES and CODE_LAYERS (content-script-files.ts) name different layers");
  }
  const analysis = await build({
    ...commonOptions(false),
    entryPoints: [TAGGER_ENTRY],
    metafile: true,
    plugins: [sharedModulesPlugin(REPO, new Map(), ALIASES), pureSchemasPlugin],
  });
  const plan = planLayers(graphOf(analysis.metafile), LAYER_RULES);
  const layerModules = CODE_LAYERS.map((_, index) => modulesOfLayer(plan, index));
  const exportsOf = await exportNames(layerModules.slice(0, -1).flat());
  // Last layer first: each layer registers what the layers after it read (shared-reads.ts).
  const reads: SharedReads = new Map();
  const bundledBy = new Map<string, string>();
  const files = new Map<ContentScriptFile, string>();
  for (let index = CODE_LAYERS.length - 1; index >= 0; index--) {
    const name = CODE_LAYERS[index] ?? "tagger";
    const provided = new Map(
      layerModules
        .slice(0, index)
        .flat()
        .map((key) => [key, exportsOf.get(key) ?? []]),
    );
    const modules = new Map((layerModules[index] ?? []).map((key) => [key, join(REPO, key)]));
    const layerBuild = (minified: boolean) =>
      build({
        ...commonOptions(minified),
        ...(index === CODE_LAYERS.length - 1
          ? { entryPoints: [TAGGER_ENTRY] }
          : {
              stdin: {
                contents: registeringEntry(modules, reads),
                resolveDir: REPO,
                loader: "js",
              },
            }),
        metafile: true,
        ...onceGuard(name),
        plugins: [sharedModulesPlugin(REPO, provided, ALIASES), pureSchemasPlugin],
      });
    const readable = await layerBuild(false);
    const result = minify ? await layerBuild(true) : readable;
    addSharedReads(readable.outputFiles?.[0]?.text ?? "", reads);
    const missing = zodMembersRead(readable.outputFiles?.[0]?.text ?? "").filter(
      (member) => !CONTENT_ZOD_MEMBERS.includes(member),
    );
    if (missing.length > 0) {
      throw new Error(
        `${name} reads z.${missing.join(", z.")}, which the content script's zod lacks: add to content-zod.ts`,
      );
    }
    // Two copies of a module would mean two copies of its state: refuse the build.
    for (const path of modulesWithCode(result.metafile)) {
      const later = bundledBy.get(path);
      if (later !== undefined) {
        throw new Error(`${path} is bundled in both ${name} and ${later}: see plan-layers.ts`);
      }
      bundledBy.set(path, name);
    }
    files.set(name, result.outputFiles?.[0]?.text ?? "");
  }
  return files;
}

/**
 * The catalogue's data files: each delivers one piece of its texts as a plain string literal
 * (a template literal, esbuild's choice for text with line breaks, took the page twice as long
 * to compile).
 */
async function buildCatalogueFiles(minify: boolean): Promise<Map<ContentScriptFile, string>> {
  const pieces = cataloguePieces(CATALOGUE_FILES.length);
  const files = new Map<ContentScriptFile, string>();
  for (const [index, name] of CATALOGUE_FILES.entries()) {
    const piece = pieces[index] ?? "";
    const result = await build({
      ...commonOptions(minify),
      stdin: {
        contents: `import { deliverCataloguePiece } from ${JSON.stringify(CATALOGUE_PARTS)};
deliverCataloguePiece(${index}, ${pieces.length}, ${JSON.stringify(piece)});`,
        resolveDir: REPO,
        loader: "js",
      },
      supported: { "template-literal": false },
      ...onceGuard(name),
    });
    const text = result.outputFiles?.[0]?.text ?? "";
    if (Buffer.byteLength(text) > MAX_CATALOGUE_PIECE_BYTES) {
      throw new Error(
        `${name} is ${Buffer.byteLength(text)} bytes, over ${MAX_CATALOGUE_PIECE_BYTES}: raise CATALOGUE_PIECES (content-script-files.ts)`,
      );
    }
    files.set(name, text);
  }
  return files;
}

/** Writes the content script's files into `buildDir`/content; their sizes, in order. */
export async function buildContentScript(
  buildDir: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<BuiltFile[]> {
  const files = new Map([...(await buildCatalogueFiles(minify)), ...(await buildCode(minify))]);
  const outDir = join(buildDir, CONTENT_SCRIPT_DIR);
  mkdirSync(outDir, { recursive: true });
  return [...CATALOGUE_FILES, ...CODE_LAYERS].map((name) => {
    const text = files.get(name) ?? "";
    writeFileSync(join(outDir, `${name}.js`), text);
    return { name, bytes: Buffer.byteLength(text) };
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...flags] = process.argv.slice(2);
  if (dir === undefined) {
    console.error("usage: build-content-script.ts <extension build dir> [--no-minify]");
    process.exit(2);
  }
  const built = await buildContentScript(resolve(dir), { minify: !flags.includes("--no-minify") });
  const where = relative(REPO, join(resolve(dir), CONTENT_SCRIPT_DIR));
  console.log(
    `content script in ${where}: ${built.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(0)} KB`).join(", ")}`,
  );
}
