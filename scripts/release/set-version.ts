/**
 * One version everywhere: the root package.json's version, copied to every workspace's
 * package.json and to their entries in package-lock.json (the extension's manifest takes its
 * version from extension/package.json; the add-in manifest and the CLI package from the root).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./paths";

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Json;
const writeJson = (path: string, value: Json) => {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
};

export function workspaces(): string[] {
  return (readJson(join(REPO, "package.json")).workspaces as string[] | undefined) ?? [];
}

/** Sets `version` (n.n.n) in the root and every workspace; returns the files changed. */
export function setVersion(version: string): string[] {
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw new Error(`--version must be n.n.n, not "${version}"`);
  const changed: string[] = [];
  for (const dir of ["", ...workspaces()]) {
    const path = join(REPO, dir, "package.json");
    const pkg = readJson(path);
    if (pkg.version === version) continue;
    writeJson(path, { ...pkg, version });
    changed.push(path);
  }
  const lockPath = join(REPO, "package-lock.json");
  const lock = readJson(lockPath);
  const packages = lock.packages as Record<string, Json>;
  let lockChanged = lock.version !== version;
  lock.version = version;
  for (const dir of ["", ...workspaces()]) {
    const entry = packages[dir];
    if (entry && entry.version !== version) {
      entry.version = version;
      lockChanged = true;
    }
  }
  if (lockChanged) {
    writeJson(lockPath, lock);
    changed.push(lockPath);
  }
  return changed;
}

/** Each workspace's version, for the check that they all agree. */
export function versions(): Record<string, string> {
  return Object.fromEntries(
    ["", ...workspaces()].map((dir) => [
      dir || ".",
      String(readJson(join(REPO, dir, "package.json")).version),
    ]),
  );
}
