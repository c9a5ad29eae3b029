#!/usr/bin/env node
// Runs the bundled command line (cli/dist, made by cli/scripts/build-cli.ts). In a fresh clone
// where it was not built yet, builds it first. `npm run gapmap:dev` runs the sources with tsx.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath, URL } from "node:url";

const built = new URL("../dist/gapmap.js", import.meta.url);
if (!existsSync(built)) {
  const script = fileURLToPath(new URL("../scripts/build-cli.ts", import.meta.url));
  const r = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error("gapmap: could not build the command line (npm run build:cli).");
    process.exit(1);
  }
}
await import(built.href);
