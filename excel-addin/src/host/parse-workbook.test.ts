import { readFile } from "node:fs/promises";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { readWorkbookBytes, type ReadProgress } from "@gapmap/core/readers";
import { describe, expect, it } from "vitest";
import type { ParseMessage, ParseRequest } from "./parse-protocol";
import { ParseAborted, parseWorkbook } from "./parse-workbook";

const FIXTURE = "mx_tabla1_migracion_de_retorno_2020.xlsx";

type Listener = (event: { data?: unknown; message?: string; preventDefault(): void }) => void;

/**
 * A stand-in Worker running the same code as parse-worker.ts on a later tick, or failing to start
 * the way a blocked worker script does (an error event before any message).
 */
function fakeWorker(behaviour: "works" | "cannot-start", log: string[]): Worker {
  const listeners = new Map<string, Listener[]>();
  const emit = (type: string, event: Parameters<Listener>[0]) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  const post = (data: ParseMessage) => {
    emit("message", { data, preventDefault: () => {} });
  };
  const worker = {
    addEventListener: (type: string, listener: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    removeEventListener: (type: string, listener: Listener) => {
      listeners.set(
        type,
        (listeners.get(type) ?? []).filter((l) => l !== listener),
      );
    },
    /** The worker script failing to load, before anything was posted. */
    failToStart: () => {
      emit("error", { message: "blocked by policy", preventDefault: () => {} });
    },
    postMessage: (request: ParseRequest) => {
      log.push("posted");
      setTimeout(() => {
        if (behaviour === "cannot-start") {
          emit("error", { message: "blocked by policy", preventDefault: () => {} });
          return;
        }
        const result = readWorkbookBytes(new Uint8Array(request.bytes), request.fileName, {
          onProgress: (progress) => {
            post({ type: "progress", progress });
          },
        });
        post({ type: "done", result });
      }, 0);
    },
    terminate: () => log.push("terminated"),
  };
  return worker as unknown as Worker;
}

async function fixtureBytes(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(realFixture(FIXTURE)));
}

describe("parseWorkbook", () => {
  it("parses in the worker, passing on per-sheet progress, and stops the worker", async () => {
    const log: string[] = [];
    const progress: ReadProgress[] = [];
    const bytes = await fixtureBytes();
    const outcome = await parseWorkbook(
      bytes,
      FIXTURE,
      (p) => progress.push(p),
      () => fakeWorker("works", log),
    );
    expect(outcome.parsedIn).toBe("worker");
    expect(outcome.result).toEqual(readWorkbookBytes(bytes, FIXTURE));
    expect(progress.some((p) => p.sheetName !== undefined)).toBe(true);
    expect(log).toEqual(["posted", "terminated"]);
    // The page keeps its bytes: the worker got a transferred copy.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it("falls back to the page when workers are missing, cannot be created or cannot start", async () => {
    const bytes = await fixtureBytes();
    const noop = () => {};
    expect((await parseWorkbook(bytes, FIXTURE, noop, null)).parsedIn).toBe("main-thread");
    const throwing = () => {
      throw new Error("SecurityError");
    };
    expect((await parseWorkbook(bytes, FIXTURE, noop, throwing)).parsedIn).toBe("main-thread");
    const log: string[] = [];
    const blocked = await parseWorkbook(bytes, FIXTURE, noop, () =>
      fakeWorker("cannot-start", log),
    );
    expect(blocked.parsedIn).toBe("main-thread");
    expect(blocked.result.ok).toBe(true);
    expect(log).toEqual(["posted", "terminated"]);
  });

  it("starts the worker while the file is read, and hears it fail to start meanwhile", async () => {
    const bytes = await fixtureBytes();
    const log: string[] = [];
    let worker: Worker | undefined;
    let arrive: (b: Uint8Array) => void = () => {};
    const arriving = new Promise<Uint8Array>((resolve) => {
      arrive = resolve;
    });
    const parsing = parseWorkbook(
      arriving,
      FIXTURE,
      () => {},
      () => {
        worker = fakeWorker("works", log);
        return worker;
      },
    );
    expect(worker).toBeDefined(); // created before the bytes are in
    (worker as unknown as { failToStart(): void }).failToStart();
    arrive(bytes);
    const outcome = await parsing;
    expect(outcome.parsedIn).toBe("main-thread");
    expect(outcome.result.ok).toBe(true);
    expect(log).toEqual(["terminated"]); // nothing was posted to the dead worker
  });

  it("stops the worker when the user cancels, instead of letting it parse on", async () => {
    const log: string[] = [];
    const bytes = await fixtureBytes();
    const cancel = new AbortController();
    // Cancelled once the worker has the file, before it has parsed it.
    const cancelOnPost = () => {
      const worker = fakeWorker("works", log);
      const post = worker.postMessage.bind(worker);
      return Object.assign(worker, {
        postMessage: (request: ParseRequest) => {
          post(request);
          cancel.abort();
        },
      });
    };
    const parsing = parseWorkbook(bytes, FIXTURE, () => {}, cancelOnPost, cancel.signal);
    await expect(parsing).rejects.toBeInstanceOf(ParseAborted);
    expect(log[0]).toBe("posted");
    expect(log).toContain("terminated");
    // Cancelled while the file was still being read: the worker never gets it.
    const early = new AbortController();
    const earlyLog: string[] = [];
    const reading = parseWorkbook(
      Promise.resolve(bytes),
      FIXTURE,
      () => {},
      () => fakeWorker("works", earlyLog),
      early.signal,
    );
    early.abort();
    await expect(reading).rejects.toBeInstanceOf(ParseAborted);
    expect(earlyLog).toEqual(["terminated"]);
    // Already cancelled: nothing is started.
    await expect(
      parseWorkbook(
        bytes,
        FIXTURE,
        () => {},
        () => fakeWorker("works", log),
        cancel.signal,
      ),
    ).rejects.toBeInstanceOf(ParseAborted);
    expect(log.filter((l) => l === "posted")).toHaveLength(1);
  });
});
