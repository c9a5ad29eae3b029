/**
 * A V8 CPU profile of the extension's engine host (its offscreen document, host/host.ts) during
 * one pass of the tag-page bench, where the page's own profile shows only `hostWait`: what the
 * host does while the texts arrive and after the page's `host-end`.
 *
 * Playwright lists no offscreen document, so with GAPMAP_HOST_PROFILE=<file> the browser also
 * opens a DevTools port; a second client connects to it, finds the host's target (host.html)
 * and drives its Profiler through the browser session (`Target.sendMessageToTarget`: Playwright's
 * CDP sessions do not route flat child sessions). The fresh tab GAPMAP_HOST_PROFILE_TAB (1-based,
 * 2 by default: the first with a warm host) at 1× is profiled. The host's measures of the pass
 * (`gapmap:host <message type>`, host.ts: when each message came and how long it took) go to
 * <file>.measures.json, with the host's warm-up times. Build unminified (also set
 * GAPMAP_CPU_PROFILE) for function names. GAPMAP_BENCH_JS_FLAGS passes V8 flags to the browser
 * (e.g. `--no-flush-bytecode`, to tell a cold heap from flushed code in the first tab).
 * Reading the profile: its first sample carries the time since the profiler started, which V8
 * charges to `(program)` (938 of session 15's 1,031 ms of host `(program)` self time); count
 * each sample's time as the delta to the next one and leave the first out. The measures carry
 * the host's `performance.timeOrigin` ("origin"), to place them on the page's timeline.
 */
import { writeFileSync } from "node:fs";
import { chromium, type Browser, type CDPSession } from "playwright-core";
import { stopTrace } from "./injection-trace";

const HOST_PROFILE_PATH = process.env["GAPMAP_HOST_PROFILE"];
/** Which fresh tab (1-based) is profiled. */
const HOST_PROFILE_TAB = Number(process.env["GAPMAP_HOST_PROFILE_TAB"] ?? "2");
/** A port unlikely to be taken by another engineer's browser on this machine. */
const PORT = 20_000 + (process.pid % 20_000);
const SAMPLING_INTERVAL_US = 200;
/**
 * With GAPMAP_HOST_TRACE=<file>, the same pass is also traced browser-wide (every process: the
 * host's renderer, the page's, the browser's message routing) with these categories.
 */
const HOST_TRACE_PATH = process.env["GAPMAP_HOST_TRACE"];
const HOST_TRACE_CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "blink.user_timing",
  "v8",
  "v8.execute",
  "extensions",
  "ipc",
  "mojom",
  "disabled-by-default-v8.cpu_profiler",
];

/** Extra browser arguments: the DevTools port when a host profile is asked for; V8 flags. */
export function hostProfileArgs(): string[] {
  const flags = process.env["GAPMAP_BENCH_JS_FLAGS"];
  return [
    ...(HOST_PROFILE_PATH === undefined ? [] : [`--remote-debugging-port=${PORT}`]),
    ...(flags === undefined ? [] : [`--js-flags=${flags}`]),
  ];
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/** A profiler running in the host document; `stop` writes the profile and disconnects. */
export interface HostProfile {
  stop(): Promise<void>;
}

/** Starts profiling the engine host, or returns undefined when no profile was asked for. */
async function startHostProfile(rate: number, run: number): Promise<HostProfile | undefined> {
  if (HOST_PROFILE_PATH === undefined || rate !== 1 || run + 1 !== HOST_PROFILE_TAB) {
    return undefined;
  }
  const path = HOST_PROFILE_PATH;
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`);
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets");
  const host = targetInfos.find((t) => t.url.endsWith("/host.html"));
  if (host === undefined) throw new Error("no engine host document among the browser's targets");
  const { sessionId } = await cdp.send("Target.attachToTarget", {
    targetId: host.targetId,
    flatten: false,
  });
  let nextId = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  const send = async (method: string, params: object = {}): Promise<unknown> => {
    const id = ++nextId;
    const replied = new Promise<Reply>((resolve) => waiting.set(id, resolve));
    await cdp.send("Target.sendMessageToTarget", {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const reply = await replied;
    if (reply.error !== undefined) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result;
  };
  await send("Profiler.enable");
  await send("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
  await send("Profiler.start");
  if (HOST_TRACE_PATH !== undefined) {
    await cdp.send("Tracing.start", {
      transferMode: "ReturnAsStream",
      traceConfig: { includedCategories: HOST_TRACE_CATEGORIES },
    });
  }
  return {
    async stop() {
      if (HOST_TRACE_PATH !== undefined) {
        writeFileSync(HOST_TRACE_PATH, JSON.stringify(await stopTrace(cdp)));
      }
      const { profile } = (await send("Profiler.stop")) as { profile: unknown };
      // The host's own measures of the pass: when texts came and when the reply went.
      const measures = await send("Runtime.evaluate", {
        expression: `JSON.stringify([...performance.getEntriesByType("measure").filter((m) => m.name.startsWith("gapmap:host")).slice(-400).map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration * 10) / 10]), ["now", Math.round(performance.now()), 0], ["origin", performance.timeOrigin, 0], ["warm", globalThis.gapmapHostWarmMs, globalThis.gapmapTableHostWarmMs], ...performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime), 0])])`,
        returnByValue: true,
      });
      writeFileSync(path, JSON.stringify(profile));
      const value = (measures as { result?: { value?: string } }).result?.value;
      if (value !== undefined) writeFileSync(`${path}.measures.json`, value);
      await cdp.send("Target.detachFromTarget", { sessionId });
      await browser.close();
    },
  };
}

/** Runs `pass` (fresh tab `run`, 0-based, at `rate`), profiling the host if that tab is asked for. */
export async function withHostProfile<T>(
  rate: number,
  run: number,
  pass: () => Promise<T>,
): Promise<T> {
  const profile = await startHostProfile(rate, run);
  const result = await pass();
  await profile?.stop();
  return result;
}
