/** What the generators of committed data modules share: escaping, formatting, writing. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

/** Escapes text for a template literal: backslashes, backticks and `${` mean something there. */
export function templateLiteralBody(text: string): string {
  return text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);
}

/** Formats a module as Prettier would, so that `prettier --check .` accepts it as written. */
export async function formatGenerated(path: string, source: string): Promise<string> {
  const options = await resolveConfig(path);
  return format(source, { ...options, filepath: path });
}

/** Writes the module when `scriptUrl` is the script being run (not when a test imports it). */
export async function writeWhenRun(
  scriptUrl: string,
  path: string,
  render: () => Promise<string>,
): Promise<void> {
  if (process.argv[1] !== fileURLToPath(scriptUrl)) return;
  const text = await render();
  writeFileSync(path, text);
  console.log(`wrote ${path} (${Buffer.byteLength(text)} bytes)`);
}
