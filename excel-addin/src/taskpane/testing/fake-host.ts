/** A Host for component tests: grids from a real fixture, calls recorded, failures on demand. */
import type { Host, LoadedWorkbook } from "../../host/host";
import type { SheetModel, WriteResult } from "../../office/index";
import { fixtureGrids, SCAN_FIXTURE } from "./scan-fixture";

export interface FakeHostLog {
  shown: string[];
  saved: { fileName: string; content: Uint8Array | string; mimeType: string }[];
  writes: { models: SheetModel[]; replace: boolean }[];
}

export function fakeHost(options: {
  kind: "office" | "web";
  readError?: Error;
  writeResults?: WriteResult[];
}): { host: Host; log: FakeHostLog } {
  const log: FakeHostLog = { shown: [], saved: [], writes: [] };
  const writeResults = [...(options.writeResults ?? [])];
  const host: Host = {
    kind: options.kind,
    async readWorkbook(file, onProgress): Promise<LoadedWorkbook> {
      if (options.readError) throw options.readError;
      const sheets = await fixtureGrids();
      onProgress({ fraction: 1 });
      return { fileName: file?.name ?? SCAN_FIXTURE, sheets, warnings: [] };
    },
    showRange(sheet, range) {
      log.shown.push(`${sheet}!${range}`);
      return Promise.resolve();
    },
    saveFile(fileName, content, mimeType) {
      log.saved.push({ fileName, content, mimeType });
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
  return { host, log };
}
