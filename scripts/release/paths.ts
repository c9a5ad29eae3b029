/** Where the release tooling reads and writes, and the one version everything carries. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(fileURLToPath(new URL("../../", import.meta.url)));
export const RELEASE_DIR = join(REPO, "release");

/** The version of the root package.json: the only place a version is set. */
export function releaseVersion(): string {
  return (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string })
    .version;
}
