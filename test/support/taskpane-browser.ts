/**
 * The built web mode served from 127.0.0.1 and a quiet headless Chromium to open it: what every
 * browser test of the task pane starts with. Fails loudly without Chromium.
 */
import type { Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, QUIET_CHROMIUM_ARGS, requireChromium } from "./chromium";
import { ensureTaskpaneBuilt, serveTaskpane } from "./taskpane-dist";

export interface ServedTaskpane {
  browser: Browser;
  /** The web mode's address (index.html). */
  url: string;
  close: () => Promise<void>;
}

export async function startServedTaskpane(purpose: string): Promise<ServedTaskpane> {
  requireChromium(purpose);
  await ensureTaskpaneBuilt();
  const { server, url } = await serveTaskpane();
  const closeServer = (s: Server) => new Promise((done) => s.close(done));
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS],
    });
    return {
      browser,
      url,
      close: async () => {
        await browser.close();
        await closeServer(server);
      },
    };
  } catch (error) {
    await closeServer(server);
    throw error;
  }
}
