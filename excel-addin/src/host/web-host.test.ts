import { readFile } from "node:fs/promises";
import { realFixture } from "@gapmap/test/fixtures/real-fixtures";
import { describe, expect, it } from "vitest";
import type { WorkbookState } from "../office/index";
import { STORAGE_FULL_MESSAGE, STORAGE_PREFIX, stateKeyForFile } from "./browser-state-store";
import { HostError } from "./host";
import type { WorkbookProgress } from "./host";
import { createWebHost, NO_FILE_MESSAGE } from "./web-host";
import { memoryStorage } from "../testing/memory-storage";

const FIXTURE = "mx_tabla1_migracion_de_retorno_2020.xlsx";

describe("web host", () => {
  it("reads a picked file in memory into grids, reporting progress", async () => {
    const bytes = await readFile(realFixture(FIXTURE));
    const file = new File([new Uint8Array(bytes)], FIXTURE);
    const progress: WorkbookProgress[] = [];
    const book = await createWebHost().readWorkbook(file, (p) => progress.push(p));
    expect(book.fileName).toBe(FIXTURE);
    expect(book.sheets.length).toBeGreaterThan(0);
    expect(book.sheets.some((s) => s.rows.some((r) => r.some((v) => typeof v === "number")))).toBe(
      true,
    );
    expect(progress.at(-1)?.fraction).toBe(1);
    // The bytes are read first (the first tenth of the bar), then parsed; the bar never goes back.
    expect(progress[0]?.fraction).toBeGreaterThan(0);
    expect(progress[0]?.fraction).toBeLessThanOrEqual(0.1);
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("turns reader failures into the reader's own user message", async () => {
    const host = createWebHost();
    const notes = new File(["just a note, no table"], "notes.docx");
    const error = await host.readWorkbook(notes, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).userMessage).toMatch(/notes\.docx/);
    await expect(host.readWorkbook(undefined, () => {})).rejects.toThrow(NO_FILE_MESSAGE);
  });
});

describe("web host: session in the browser", () => {
  const state: WorkbookState = { schemaVersion: 1, confirmations: [] };

  it("keeps a session per file name and size", async () => {
    const storage = memoryStorage();
    const host = createWebHost({ storage, createWorker: null });
    const key = stateKeyForFile({ name: "a.xlsx", size: 10 });
    expect(await host.loadState(key)).toEqual({ status: "none" });
    await host.saveState(key, state, { add: [], remove: [] });
    expect(await createWebHost({ storage }).loadState(key)).toEqual({ status: "loaded", state });
    const sameNameOtherSize = stateKeyForFile({ name: "a.xlsx", size: 11 });
    expect(await host.loadState(sameNameOtherSize)).toEqual({ status: "none" });
  });

  it("reports a damaged or newer session, leaving it stored", async () => {
    const storage = memoryStorage();
    storage.setItem(`${STORAGE_PREFIX}bad`, "{not json");
    storage.setItem(`${STORAGE_PREFIX}newer`, JSON.stringify({ ...state, schemaVersion: 99 }));
    const host = createWebHost({ storage });
    expect(await host.loadState("bad")).toMatchObject({ status: "unreadable", problem: "corrupt" });
    expect(await host.loadState("newer")).toMatchObject({ status: "unreadable", problem: "newer" });
    expect(storage.getItem(`${STORAGE_PREFIX}bad`)).toBe("{not json");
  });

  it("says so when the browser's storage is full", async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
    };
    await expect(
      createWebHost({ storage }).saveState("k", state, { add: [], remove: [] }),
    ).rejects.toThrow(STORAGE_FULL_MESSAGE);
  });
});
