/**
 * Debian's Chromium for the browser tests and benchmarks: where it is, and the flags that keep
 * it from reaching the network on its own. A missing browser fails loudly; nothing is skipped.
 */
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

/** Headless in a container, no GPU, and no background calls (updates, sync, field trials). */
export const QUIET_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

/** Throws unless Chromium is installed; `purpose` says what needs it. */
export function requireChromium(purpose: string): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; install it with "apt-get install -y chromium" to run ${purpose}.`,
    );
  }
}
