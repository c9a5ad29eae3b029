import { afterEach, describe, expect, test } from "vitest";
import { noPageConnected, servePort } from "./serve-port";

type Listener<T> = (value: T) => void;

/** Ports still open at a test's end, closed then: the host counts pages across tests. */
const open = new Set<() => void>();

/** A runtime port as the host sees it: messages in, what it posted back. */
function fakePort(name: string) {
  const listeners: Listener<unknown>[] = [];
  const gone: Listener<undefined>[] = [];
  const posted: unknown[] = [];
  const disconnect = () => {
    if (!open.delete(disconnect)) return;
    for (const l of gone) l(undefined);
  };
  open.add(disconnect);
  return {
    port: {
      name,
      onMessage: { addListener: (l: Listener<unknown>) => listeners.push(l) },
      onDisconnect: { addListener: (l: Listener<undefined>) => gone.push(l) },
      postMessage: (m: unknown) => posted.push(m),
    },
    disconnect,
    send: (m: unknown) => {
      listeners.forEach((l) => {
        l(m);
      });
    },
    posted,
  };
}

/** Installs chrome.runtime.onConnect; returns a function that connects a port. */
function installRuntime(): (port: ReturnType<typeof fakePort>["port"]) => void {
  const connects: Listener<unknown>[] = [];
  (globalThis as unknown as { chrome?: unknown }).chrome = {
    runtime: { onConnect: { addListener: (l: Listener<unknown>) => connects.push(l) } },
  };
  return (port) => {
    connects.forEach((l) => {
      l(port);
    });
  };
}

afterEach(() => {
  for (const disconnect of [...open]) disconnect();
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
});

describe("servePort answers each port of its name with a session of its own", () => {
  test("replies in order, one session per port, other names left alone", () => {
    const connect = installRuntime();
    let sessions = 0;
    servePort("gapmap-test", () => {
      const id = ++sessions;
      let count = 0;
      return (raw) => [{ type: "count", id, count: ++count, raw }];
    });
    const a = fakePort("gapmap-test");
    const b = fakePort("gapmap-test");
    const other = fakePort("someone-else");
    connect(a.port);
    connect(b.port);
    connect(other.port);
    a.send("x");
    a.send("y");
    b.send("z");
    other.send("w");
    expect(a.posted).toEqual([
      { type: "count", id: 1, count: 1, raw: "x" },
      { type: "count", id: 1, count: 2, raw: "y" },
    ]);
    expect(b.posted).toEqual([{ type: "count", id: 2, count: 1, raw: "z" }]);
    expect(other.posted).toEqual([]);
  });

  test("a session that throws answers with the error, and keeps serving", () => {
    const connect = installRuntime();
    servePort("gapmap-test", () => (raw) => {
      if (raw === "bad") throw new Error("broken request");
      return [{ type: "ok" }];
    });
    const a = fakePort("gapmap-test");
    connect(a.port);
    a.send("bad");
    a.send("good");
    expect(a.posted).toEqual([
      { type: "gapmap/host-error", error: "broken request" },
      { type: "ok" },
    ]);
  });
});

describe("noPageConnected lets work no page asked for wait for the pages", () => {
  test("at once with no page; after the last of the pages connected disconnects", async () => {
    const connect = installRuntime();
    servePort("gapmap-test", () => () => []);
    await noPageConnected();
    const a = fakePort("gapmap-test");
    const b = fakePort("gapmap-test");
    const other = fakePort("someone-else");
    connect(a.port);
    connect(b.port);
    connect(other.port);
    let free = false;
    const waited = noPageConnected().then(() => {
      free = true;
    });
    a.disconnect();
    other.disconnect();
    await Promise.resolve();
    expect(free).toBe(false);
    b.disconnect();
    await waited;
    expect(free).toBe(true);
  });
});
