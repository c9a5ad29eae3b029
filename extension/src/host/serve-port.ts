/**
 * How the host page answers the content scripts that connect to it: each port of a name gets a
 * session of its own, each message in gives that session's replies out, and a session that
 * throws answers with an error (the page then does the work itself). host.ts serves the text
 * engine and the table analysis this way.
 */

/** What every host reply kind shares: the error a page falls back on. */
export interface HostError {
  type: "gapmap/host-error";
  error: string;
}

/** One port's handler: a message in, the replies (none, or some) out. */
export type PortSession<Reply> = (raw: unknown) => Reply[];

/** Measures kept before the buffer is cleared: a host stays open for days (~40 per page). */
const MEASURES_KEPT = 2_000;
let measures = 0;

/** Pages connected now, on any served port; and who waits for there to be none. */
let connected = 0;
let waitingForNone: (() => void)[] = [];

/**
 * Resolves when no page is connected (at once when none is): work a page does not ask for,
 * the warm-up, waits for it, so that a page tagged while the host warms is served first.
 */
export function noPageConnected(): Promise<void> {
  if (connected === 0) return Promise.resolve();
  return new Promise((resolve) => waitingForNone.push(resolve));
}

/** Answers every port named `portName` with a fresh `session()`; each message is measured. */
export function servePort<Reply>(
  portName: string,
  session: () => PortSession<Reply | HostError>,
): void {
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== portName) return;
    const handle = session();
    connected++;
    port.onDisconnect.addListener(() => {
      if (--connected > 0) return;
      const waiting = waitingForNone;
      waitingForNone = [];
      for (const resolve of waiting) resolve();
    });
    port.onMessage.addListener((message: unknown) => {
      let replies: (Reply | HostError)[];
      const started = performance.now();
      try {
        replies = handle(message);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        replies = [{ type: "gapmap/host-error", error: text }];
      }
      // When each message came and what it cost, for DevTools and the bench's host profile.
      const type = (message as { type?: unknown } | null)?.type;
      if (++measures > MEASURES_KEPT) {
        performance.clearMeasures();
        measures = 1;
      }
      performance.measure(`gapmap:host ${String(type)}`, { start: started });
      for (const reply of replies) port.postMessage(reply);
    });
  });
}
