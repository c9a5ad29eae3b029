/** What the generators of committed data modules share: escaping, formatting, writing. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

/** Escapes text for a template literal: backslashes, backticks and `${` mean something there. */
export function templateLiteralBody(text: string): string {
  return text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);
}

/**
 * `text` cut in two at the line break nearest its middle (head + tail === text): the extension
 * injects big data texts as two files, so that the page compiles each in a short task.
 */
export function halvesAtLine(text: string): [head: string, tail: string] {
  const middle = Math.floor(text.length / 2);
  const after = text.indexOf("\n", middle);
  const cut = after < 0 ? text.length : after + 1;
  return [text.slice(0, cut), text.slice(cut)];
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
