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

  it("stops the worker when the user cancels, instead of letting it parse on", async () => {
    const log: string[] = [];
    const bytes = await fixtureBytes();
    const cancel = new AbortController();
    const parsing = parseWorkbook(
      bytes,
      FIXTURE,
      () => {},
      () => fakeWorker("works", log),
      cancel.signal,
    );
    cancel.abort();
    await expect(parsing).rejects.toBeInstanceOf(ParseAborted);
    expect(log[0]).toBe("posted");
    expect(log).toContain("terminated");
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
