/** CHANGELOG.md: one "## <version> — <date>" section per release, newest first. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./paths";

export const CHANGELOG = join(REPO, "CHANGELOG.md");
const HEADER =
  "# Changelog\n\nEach release's parts are built by `npm run release` into `release/`.\n";

export function hasEntry(text: string, version: string): boolean {
  return new RegExp(`^## ${version.replace(/\./g, "\\.")}(\\s|$)`, "m").test(text);
}

/** Adds a section for `version` when there is none; returns whether it did. */
export function ensureChangelogEntry(
  version: string,
  date: string,
  lines: readonly string[],
): boolean {
  const text = existsSync(CHANGELOG) ? readFileSync(CHANGELOG, "utf8") : HEADER;
  if (hasEntry(text, version)) return false;
  const entry = `## ${version} — ${date}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
  const at = text.search(/^## /m);
  writeFileSync(
    CHANGELOG,
    at === -1 ? `${text.trimEnd()}\n\n${entry}` : `${text.slice(0, at)}${entry}\n${text.slice(at)}`,
  );
  return true;
}
