/**
 * Which exports of the shared modules (shared-modules.ts) a layer reads, from its unminified
 * esbuild output: each shared module is a stub there, under a `// gapmap-shared:<key>` comment,
 * and esbuild keeps only the stub's reads the layer uses (`(() => m["name"])()`, marked pure).
 * The earlier layer then registers only those exports, so that esbuild still drops the rest of
 * its modules (registering whole namespaces would keep every export, every schema, alive).
 */

/** By module key: the export names later layers read. */
export type SharedReads = Map<string, Set<string>>;

const SECTION_RE = /\/\/ gapmap-shared:(\S+)\n([\s\S]*?)(?=\n\n|\n\s*\/\/ |$)/g;
const READ_RE = /\(\(\) => [\w$]+(?:\["([^"]+)"\]|\.([\w$]+))\)\(\)/g;

/** Adds the reads of one layer's unminified output to `reads`. */
export function addSharedReads(js: string, reads: SharedReads): void {
  for (const [, key = "", body = ""] of js.matchAll(SECTION_RE)) {
    const names = reads.get(key) ?? new Set<string>();
    for (const [, quoted, dotted] of body.matchAll(READ_RE)) names.add(quoted ?? dotted ?? "");
    reads.set(key, names);
  }
}
