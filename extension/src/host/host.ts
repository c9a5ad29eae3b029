/**
 * The engine host's page (host.html): a document that stays open (Chrome: the offscreen
 * document background/engine-host.ts creates; Firefox: a frame in the background page) and does
 * the text phase's matching, selection and language for content scripts, warm. See
 * docs/decisions/0011-engine-host.md. It reads the catalogue bundled with it, once.
 */
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { ENGINE_HOST_PORT, type FromEngineHost } from "../platform/messages";
import { provideCatalogue } from "../platform/catalogue";
import { engineSession } from "./engine-session";
import { warmEngine } from "./warm-up";
import { serveTables } from "./table-session";
import { isTableHostWarm, warmTableHost } from "./table-warm-up";

provideCatalogue({ findIndicator, getCatalogue, getCatalogueIndex });

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== ENGINE_HOST_PORT) return;
  const session = engineSession();
  performance.clearMeasures(); // one page's measures at a time (the bench's host profile)
  port.onMessage.addListener((message: unknown) => {
    let replies: FromEngineHost[];
    const started = performance.now();
    try {
      replies = session(message);
      const type = (message as { type?: unknown }).type;
      performance.measure(`gapmap:host ${String(type)}`, { start: started });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      replies = [{ type: "gapmap/host-error", error: text }];
    }
    for (const reply of replies) port.postMessage(reply);
  });
});

serveTables(isTableHostWarm);

// After the listeners are in place; a page asking meanwhile is answered between two pieces.
void warmEngine().then((ms) => {
  // For the benchmark and DevTools: when the host became warm, and what it cost.
  (globalThis as unknown as Record<string, unknown>)["gapmapHostWarmMs"] = ms;
  performance.mark("gapmap:host-warm");
  // Tables after text: a page's text waits on the host, its tables can run in the page.
  void warmTableHost().then((tableMs) => {
    (globalThis as unknown as Record<string, unknown>)["gapmapTableHostWarmMs"] = tableMs;
  });
});
