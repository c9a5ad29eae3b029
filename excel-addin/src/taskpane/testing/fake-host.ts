/** A Host for component tests: grids from a real fixture, calls recorded, failures on demand. */
import type { Host, LoadedWorkbook, StoredState } from "../../host/host";
import type {
  SheetModel,
  TagChanges,
  TagLocation,
  WorkbookState,
  WriteResult,
} from "../../office/index";
import { fixtureGrids, SCAN_FIXTURE } from "./scan-fixture";

export interface FakeHostLog {
  shown: string[];
  saved: { fileName: string; content: Uint8Array | string; mimeType: string }[];
  writes: { models: SheetModel[]; replace: boolean }[];
  /** Every saveState call, in order, with the tag changes it asked for. */
  states: { key: string | undefined; state: WorkbookState; tags: TagChanges }[];
}

/** Where the fake keeps sessions, by state key; share one between renders to "reload". */
export type FakeStateStore = Map<string, StoredState>;

export function fakeHost(options: {
  kind: "office" | "web";
  readError?: Error;
  writeResults?: WriteResult[];
  store?: FakeStateStore;
  startupProblem?: string;
  /** Where tags point now, as the Office host would find them. */
  located?: ReadonlyMap<string, TagLocation>;
}): { host: Host; log: FakeHostLog; store: FakeStateStore } {
  const log: FakeHostLog = { shown: [], saved: [], writes: [], states: [] };
  const writeResults = [...(options.writeResults ?? [])];
  const store = options.store ?? new Map<string, StoredState>();
  const keyOf = (key: string | undefined) => key ?? "workbook";
  const host: Host = {
    kind: options.kind,
    stateStore: options.kind === "office" ? "workbook" : "browser",
    startupProblem: () => options.startupProblem,
    async readWorkbook(file, onProgress): Promise<LoadedWorkbook> {
      if (options.readError) throw options.readError;
      const sheets = await fixtureGrids();
      onProgress({ fraction: 0.5, sheetName: sheets[0]?.name ?? "" });
      onProgress({ fraction: 1 });
      const fileName = file?.name ?? SCAN_FIXTURE;
      return {
        fileName,
        sheets,
        warnings: [],
        stateKey: options.kind === "office" ? "workbook" : `${fileName}|${file?.size ?? 0}`,
      };
    },
    loadState: (key) => Promise.resolve(store.get(keyOf(key)) ?? { status: "none" }),
    saveState(key, state, tags) {
      log.states.push({ key, state, tags });
      store.set(keyOf(key), { status: "loaded", state });
      return Promise.resolve(undefined);
    },
    locateTags: (ids) =>
      Promise.resolve(
        new Map(
          [...(options.located ?? new Map<string, TagLocation>())].filter(([id]) =>
            ids.includes(id),
          ),
        ),
      ),
    showRange(sheet, range) {
      log.shown.push(`${sheet}!${range}`);
      return Promise.resolve();
    },
    saveFile(fileName, content, mimeType) {
      log.saved.push({ fileName, content, mimeType });
      return "download";
    },
  };
  if (options.kind === "office") {
    host.writeSheets = (models, replace) => {
      log.writes.push({ models, replace });
      return Promise.resolve(
        writeResults.shift() ?? { status: "written", sheets: models.map((m) => m.name) },
      );
    };
  }
  return { host, log, store };
}
