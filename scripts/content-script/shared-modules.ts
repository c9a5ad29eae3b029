/**
 * How the content script's layers share modules (plan-layers.ts): each layer's file registers,
 * on the isolated world's global, the exports of its modules that later layers read; a later
 * layer's imports of those modules become reads of that registry (an esbuild plugin that loads a
 * stub module in their place). Every file, data or code, records its name in the isolated world
 * once its setup has run: the service worker injects only the files a tab does not hold yet
 * (extension/src/background/layer-probe.ts), and a file injected twice skips its setup.
 */
import { relative } from "node:path";
import type { Plugin } from "esbuild";
import { LOADED_FILES_KEY as LOADED } from "../../extension/src/background/content-script-files";
import type { SharedReads } from "./shared-reads";

const REGISTRY = "__gapmapModules";
export const SHARED_NAMESPACE = "gapmap-shared";
const RESOLVING = { gapmapResolving: true };

/** Esbuild's banner and footer for a file: run its setup once per isolated world, then say so. */
export function onceGuard(name: string): { banner: { js: string }; footer: { js: string } } {
  const key = JSON.stringify(name);
  return {
    banner: { js: `if(!(globalThis.${LOADED}??={})[${key}]){` },
    footer: { js: `globalThis.${LOADED}[${key}]=1}` },
  };
}

/**
 * The entry of a layer: bundles its modules (absolute paths by key) and registers, of each, the
 * exports later layers read. The values are copied once every module of the layer has run:
 * reading a plain value is cheaper than a getter in the pass's hot loops, and no shared module
 * reassigns an export after its setup.
 */
export function registeringEntry(modules: ReadonlyMap<string, string>, reads: SharedReads): string {
  const imports: string[] = [];
  const registrations: string[] = [];
  let i = 0;
  for (const [key, path] of modules) {
    const names = [...(reads.get(key) ?? [])].sort();
    if (names.length === 0) continue;
    const locals = names.map((name) => [name, `m${i++}`] as const);
    imports.push(
      `import { ${locals.map(([name, local]) => `${JSON.stringify(name)} as ${local}`).join(", ")} } from ${JSON.stringify(path)};`,
    );
    const props = locals.map(([name, local]) => `${JSON.stringify(name)}: ${local}`);
    registrations.push(`registry[${JSON.stringify(key)}] = { ${props.join(", ")} };`);
  }
  return [...imports, `const registry = (globalThis.${REGISTRY} ??= {});`, ...registrations].join(
    "\n",
  );
}

/**
 * The stub that stands for a shared module in a later layer: each export read from the registry
 * once, marked pure so that esbuild drops the exports the layer does not use (what it keeps is
 * what the earlier layer must register: shared-reads.ts).
 */
function stubOf(key: string, exportNames: readonly string[]): string {
  const lines = [
    `var m = /* @__PURE__ */ (() => globalThis.${REGISTRY}[${JSON.stringify(key)}])();`,
  ];
  exportNames.forEach((name, i) => {
    lines.push(
      `var e${i} = /* @__PURE__ */ (() => m[${JSON.stringify(name)}])();`,
      `export { e${i} as ${JSON.stringify(name)} };`,
    );
  });
  return lines.join("\n");
}

/**
 * Resolves every import as usual, except imports of `provided` modules (paths relative to
 * `root`, by key: their export names), registered by earlier layers, which load their stub;
 * `aliases` map bare imports to files (what Plasmo's package.json "alias" did for Parcel).
 */
export function sharedModulesPlugin(
  root: string,
  provided: ReadonlyMap<string, readonly string[]>,
  aliases: Readonly<Record<string, string>>,
): Plugin {
  return {
    name: "gapmap-shared-modules",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === RESOLVING || args.kind === "entry-point") return undefined;
        const aliased = aliases[args.path];
        const result = await build.resolve(aliased ?? args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: RESOLVING,
        });
        if (result.errors.length > 0) return { errors: result.errors };
        const key = relative(root, result.path);
        if (provided.has(key)) return { path: key, namespace: SHARED_NAMESPACE };
        return {
          path: result.path,
          external: result.external,
          namespace: result.namespace,
          sideEffects: result.sideEffects,
        };
      });
      build.onLoad({ filter: /.*/, namespace: SHARED_NAMESPACE }, (args) => ({
        contents: stubOf(args.path, provided.get(args.path) ?? []),
        loader: "js",
      }));
    },
  };
}
