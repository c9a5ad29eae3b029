/**
 * Builds the engine host's page (extension/src/host/host.ts) with esbuild into `<build
 * dir>/host.html` and `host.js`, after Plasmo has built the rest; on Chrome builds it also adds
 * the `offscreen` permission the background needs to open it (Firefox hosts it in its background
 * page and does not know the permission). docs/decisions/0011-engine-host.md. Usage: `tsx
 * scripts/host/build-host.ts <build dir> [--no-minify]`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { z } from "zod";
import { commonOptions } from "../content-script/build-content-script";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = join(REPO, "extension/src/host/host.ts");
/** Parcel's zod shim, as the content script uses it (leaves zod's locales out). */
const ALIASES = { zod: join(REPO, "extension/zod-bundling-shim.ts") };
const PAGE = `<!doctype html>
<html>
  <head><meta charset="utf-8" /><title>Gapmap engine host</title></head>
  <body><script src="host.js"></script></body>
</html>
`;

const manifestSchema = z.looseObject({
  background: z.looseObject({ service_worker: z.string().optional() }).optional(),
  permissions: z.array(z.string()).optional(),
});

export async function buildHost(dir: string, { minify = true } = {}): Promise<number> {
  const result = await build({ ...commonOptions(minify), entryPoints: [ENTRY], alias: ALIASES });
  const code = result.outputFiles?.[0]?.text;
  if (code === undefined) throw new Error("esbuild gave no engine host script");
  writeFileSync(join(dir, "host.js"), code);
  writeFileSync(join(dir, "host.html"), PAGE);
  const manifestPath = join(dir, "manifest.json");
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  if (manifest.background?.service_worker !== undefined) {
    const permissions = manifest.permissions ?? [];
    if (!permissions.includes("offscreen")) manifest.permissions = [...permissions, "offscreen"];
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  return Buffer.byteLength(code);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...flags] = process.argv.slice(2);
  if (dir === undefined) {
    console.error("usage: build-host.ts <extension build dir> [--no-minify]");
    process.exit(2);
  }
  const bytes = await buildHost(resolve(dir), { minify: !flags.includes("--no-minify") });
  console.log(`engine host: host.js ${(bytes / 1024).toFixed(0)} KB`);
}
