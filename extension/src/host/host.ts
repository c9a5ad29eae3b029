/**
 * The engine host's page (host.html): a document that stays open (Chrome: the offscreen
 * document background/engine-host.ts creates; Firefox: a frame in the background page) and does
 * the text phase's matching, selection and language for content scripts, warm. See
 * docs/decisions/0011-engine-host.md. It reads the catalogue bundled with it, once.
 */
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { ENGINE_HOST_PORT, TABLE_HOST_PORT } from "../platform/messages";
import { provideCatalogue } from "../platform/catalogue";
import { engineSession } from "./engine-session";
import { warmEngine } from "./warm-up";
import { noPageConnected, servePort } from "./serve-port";
import { tableSession } from "./table-session";
import { isTableHostWarm, warmTableHost } from "./table-warm-up";

provideCatalogue({ findIndicator, getCatalogue, getCatalogueIndex });

servePort(ENGINE_HOST_PORT, engineSession);
servePort(TABLE_HOST_PORT, () => tableSession(isTableHostWarm));

// After the listeners are in place; a page connected meanwhile is served before the next piece.
void warmEngine(undefined, noPageConnected).then((ms) => {
  // For the benchmark and DevTools: when the host became warm, and what it cost.
  (globalThis as unknown as Record<string, unknown>)["gapmapHostWarmMs"] = ms;
  performance.mark("gapmap:host-warm");
  // Tables after text: a page's text waits on the host, its tables can run in the page.
  void warmTableHost().then((tableMs) => {
    (globalThis as unknown as Record<string, unknown>)["gapmapTableHostWarmMs"] = tableMs;
  });
});
