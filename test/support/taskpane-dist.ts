/**
 * The built web mode of the Excel task pane (excel-addin/dist), for the browser tests and the
 * start-up bench: build it when stale, and serve it from 127.0.0.1 with nothing else.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ADDIN_DIR = join(REPO, "excel-addin");
export const DIST_DIR = join(ADDIN_DIR, "dist");

const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds when forced, or when dist is missing or older than any pane, host, core or catalogue source. */
export async function ensureTaskpaneBuilt(force = false): Promise<void> {
  const built = join(DIST_DIR, "index.html");
  const sources = ["excel-addin/src", "core/src", "catalog/src"].map((d) => join(REPO, d));
  const stale =
    force || !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
  if (stale) await build({ configFile: join(ADDIN_DIR, "vite.config.ts"), logLevel: "warn" });
}

/** A minimal static server for dist: the web mode needs nothing but files from 127.0.0.1. */
export function serveTaskpane(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(DIST_DIR, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST_DIR + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": MIME_TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
    });
  });
}
