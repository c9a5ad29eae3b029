/**
 * A fake `Excel` for tests and the bench, as strict as the real one where it matters to us.
 * Reads go through office-addin-mock objects, so a property read before `load` and `sync` fails
 * as it would in Excel. Every other call is queued and runs at the next `sync`, in order; the
 * first operation Excel would refuse fails that sync and the rest of the request is dropped.
 * The documented rules it enforces are in excel-rules.ts (limits, names, coercion) and
 * fake-parts.ts (custom XML parts, defined names); workbook-level ones are commented below.
 * It also records every load, sync, write (by sheet) and the bytes each request and response
 * would carry.
 */
import { rangeToA1 } from "@gapmap/core";
import { OfficeMockObject } from "office-addin-mock";
import type { RawValue } from "../block-to-cells";
import type { ExcelRunner } from "../excel-types";
import {
  MAX_LIST_SOURCE,
  MAX_MERGED_AREAS,
  officeError,
  PAYLOAD_LIMIT_BYTES,
  sameName,
  sheetNameProblem,
} from "./excel-rules";
import {
  cellAt,
  mergedIn,
  setCellFormat,
  setCellValue,
  typeOf,
  type FakeSheet,
  type SheetVisibility,
} from "./fake-cells";
import { customPropertyCollection, renameTable } from "./fake-sheet-parts";
import { FakeNames, FakeParts, type FakeBatch, type FakeName, type FakePart } from "./fake-parts";

export type { FakeName, FakePart, FakeSheet, SheetVisibility };

export interface FakeWorkbookSpec {
  sheets: FakeSheet[];
  settings?: Record<string, string>;
  /** Custom XML parts: one per namespace (a record), or any list (several per namespace). */
  customXml?: Record<string, string> | FakePart[];
  names?: Record<string, FakeName>;
  /** Review > Protect Workbook (structure). */
  workbookProtected?: boolean;
  /** File › Info properties; Excel reads an unset one as "". */
  documentProperties?: { title?: string; author?: string; company?: string };
}

export interface WriteRecord {
  sheet: string;
  what: string;
}

type ObjectData = Record<string, unknown>;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export class FakeExcel {
  readonly log: string[] = [];
  readonly writes: WriteRecord[] = [];
  readonly responseBytes: number[] = [];
  readonly requestBytes: number[] = [];
  readonly settings: Map<string, string>;
  readonly parts: FakeParts;
  readonly names = new Map<string, FakeName>();
  readonly sheets: FakeSheet[];
  /** Workbooks opened with Excel.createWorkbook, as base64. */
  readonly createdWorkbooks: string[] = [];
  /** How many `Excel.run` batches were started. */
  runCount = 0;
  /** Set to an Office error code to make the next sync fail with it (once). */
  failNextSyncWith: string | undefined;
  /** Fails the n-th sync from now (1 = the next) with a code, e.g. to cut a write short. */
  failSync: { after: number; code: string } | undefined;
  /** Excel on the web's caps (excel-rules.ts); lower them to exercise the adapter's retries. */
  responseLimitBytes = PAYLOAD_LIMIT_BYTES;
  requestLimitBytes = PAYLOAD_LIMIT_BYTES;
  workbookProtected: boolean;
  readonly documentProperties: { title: string; author: string; company: string };

  private readonly mocks: OfficeMockObject[] = [];
  private operations: (() => void)[] = [];
  private pendingResponse = 0;
  private pendingRequest = 0;
  private nextId = 1000;
  private session = 1;
  private readonly namesApi: FakeNames;
  /** Ranges handed out by getRange, so names.add can tell which cells a name refers to. */
  private readonly rangeAddresses = new WeakMap<object, { sheet: string; address: string }>();

  constructor(spec: FakeWorkbookSpec) {
    this.sheets = spec.sheets.map((s, i) => ({ ...s, id: s.id ?? `sheet-${i}` }));
    this.settings = new Map(Object.entries(spec.settings ?? {}));
    const parts = Array.isArray(spec.customXml)
      ? spec.customXml.map((p) => ({ ...p }))
      : Object.entries(spec.customXml ?? {}).map(([namespace, xml], i) => ({
          id: `{seed-${i}}`,
          namespace,
          xml,
        }));
    this.parts = new FakeParts(parts);
    for (const [name, entry] of Object.entries(spec.names ?? {})) this.names.set(name, entry);
    this.namesApi = new FakeNames(this.names, () => this.sheets.flatMap((s) => s.tables ?? []));
    this.workbookProtected = spec.workbookProtected ?? false;
    const { title = "", author = "", company = "" } = spec.documentProperties ?? {};
    this.documentProperties = { title, author, company };
  }

  get syncCount(): number {
    return this.log.filter((entry) => entry === "sync").length;
  }

  get excel(): ExcelRunner {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
        this.runCount += 1;
        this.operations = [];
        return batch(this.context() as Excel.RequestContext);
      },
      createWorkbook: (base64?: string) => {
        // The file travels in one request, under the same cap as any other.
        if (JSON.stringify(base64 ?? "").length > this.requestLimitBytes)
          return Promise.reject(
            officeError("RequestPayloadSizeLimitExceeded", "The request payload is too large."),
          );
        this.createdWorkbooks.push(base64 ?? "");
        return Promise.resolve();
      },
    };
  }

  /** The XML of every custom XML part in a namespace, in the workbook's order. */
  partsIn(namespace: string): string[] {
    return this.parts.parts.filter((p) => p.namespace === namespace).map((p) => p.xml);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  /**
   * The workbook closed and opened again, or opened on another platform: "the ID of a worksheet
   * can change between sessions and between Excel on the web and desktop" [office-js-docs-pr
   * #297; OfficeDev/office-js #1390]. Content, names, parts and custom properties stay.
   */
  reopen(): void {
    this.session += 1;
    for (const sheet of this.sheets) sheet.id = `{${sheet.name}-session-${this.session}}`;
  }

  /** The user renames a sheet: names follow it; `getItem(oldName)` now fails (ItemNotFound). */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    if (!sheet) throw new Error(`no sheet ${from}`);
    for (const entry of this.names.values()) if (entry.sheet === sheet.name) entry.sheet = to;
    sheet.name = to;
  }

  private batchApi(): FakeBatch {
    return {
      queue: (operation) => this.operations.push(operation),
      addRequestBytes: (bytes) => (this.pendingRequest += bytes),
      addResponseBytes: (bytes) => (this.pendingResponse += bytes),
      log: (entry) => this.log.push(entry),
    };
  }

  /** Wraps a mock so its loads are logged and their response size counted. */
  private track(label: string, data: ObjectData): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    const load = mock.load.bind(mock);
    mock.load = (props: string) => {
      this.log.push(`load ${label} ${props.replace(/\s/g, "")}`);
      for (const prop of props.split(",")) {
        this.pendingResponse += JSON.stringify(data[prop.trim()] ?? null).length;
      }
      return load(props);
    };
    this.mocks.push(mock);
    return mock;
  }

  private recordWrite(sheet: string, what: string, payload: unknown): void {
    this.writes.push({ sheet, what });
    this.log.push(`write ${sheet} ${what}`);
    this.pendingRequest += JSON.stringify(payload ?? null).length;
  }

  /** Workbook structure protection "prevents adding, deleting, renaming, moving or hiding
   * sheets" [support.microsoft.com, "Protect a workbook"]. Code not documented: AccessDenied. */
  private assertStructureUnlocked(what: string): void {
    if (this.workbookProtected)
      throw officeError("AccessDenied", `${what}: the workbook structure is protected`);
  }

  /** A plain object whose property sets are recorded as writes to `sheet`. */
  private writable(sheet: FakeSheet, what: string): Record<string, unknown> {
    return new Proxy<Record<string, unknown>>(
      {},
      {
        get: (target, key) => {
          // Not thenable, not JSON-serialisable: the proxy must not fake those protocols.
          if (typeof key !== "string" || key === "then" || key === "toJSON") return undefined;
          if (key === "select") return () => this.log.push(`select ${what}`);
          if (key === "add")
            return (...args: unknown[]) => {
              this.recordWrite(sheet.name, `${what}.add`, args);
              return this.writable(sheet, `${what}.item`);
            };
          target[key] ??= this.writable(sheet, `${what}.${key}`);
          return target[key];
        },
        set: (target, key, value) => {
          this.recordWrite(sheet.name, `${what}.${String(key)}`, value);
          if (what.endsWith("dataValidation") && key === "rule") this.checkListSource(value);
          target[String(key)] = value;
          return true;
        },
      },
    );
  }

  private checkListSource(rule: unknown): void {
    const source = (rule as { list?: { source?: unknown } }).list?.source;
    if (typeof source === "string" && source.length > MAX_LIST_SOURCE)
      this.operations.push(() => {
        throw officeError("InvalidArgument", `list source over ${MAX_LIST_SOURCE} characters`);
      });
  }

  private mergedAreas(sheet: FakeSheet, r0: number, c0: number, rows: number, cols: number) {
    const areas = mergedIn(sheet, r0, c0, rows, cols);
    if (areas.length > MAX_MERGED_AREAS)
      this.operations.push(() => {
        throw officeError("GeneralException", `${areas.length} merged areas (max 512)`);
      });
    const quoted = `'${sheet.name.replaceAll("'", "''")}'`;
    const address = areas.map((area) => `${quoted}!${rangeToA1(area)}`).join(", ");
    const merged = this.track(`merged:${sheet.name}`, { address });
    return Object.assign(merged, { isNullObject: address === "" });
  }

  private range(sheet: FakeSheet, r0: number, c0: number, rows: number, cols: number) {
    const grid = <T>(read: (cell: ReturnType<typeof cellAt>) => T) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => read(cellAt(sheet, r0 + r, c0 + c))),
      );
    const mock = this.track(`range:${sheet.name}`, {
      values: grid((cell) => cell.value),
      valueTypes: grid((cell) => cell.type ?? typeOf(cell.value)),
      numberFormat: grid((cell) => cell.format),
    });
    Object.assign(mock, {
      getMergedAreasOrNullObject: () => this.mergedAreas(sheet, r0, c0, rows, cols),
    });
    const where = `range(${r0},${c0},${rows},${cols})`;
    const nested = this.writable(sheet, where);
    return this.guardWrites(
      sheet,
      mock,
      (key, value) => {
        if (key === "values" || key === "numberFormat") {
          this.recordWrite(sheet.name, `${where}.${key}`, value);
          const cells = value as RawValue[][];
          this.operations.push(() => {
            cells.forEach((row, r) => {
              row.forEach((v, c) => {
                if (key === "values") setCellValue(sheet, r0 + r, c0 + c, v);
                else setCellFormat(sheet, r0 + r, c0 + c, String(v));
              });
            });
          });
          return true;
        }
        return false;
      },
      nested,
    );
  }

  /**
   * Any property the adapter sets on a mock is a write: `onSet` handles the ones with meaning
   * (values, name, visibility), others are recorded; unknown reads fall through to `nested`.
   */
  private guardWrites<T extends object>(
    sheet: FakeSheet,
    target: T,
    onSet: (key: string, value: unknown) => boolean,
    nested?: Record<string, unknown>,
  ): T {
    let internal = false;
    const load = (target as { load?: (p: string) => unknown }).load;
    if (load) {
      (target as { load: (p: string) => unknown }).load = (p: string) => {
        internal = true;
        try {
          return load(p);
        } finally {
          internal = false;
        }
      };
    }
    return new Proxy(target, {
      get: (obj, key, receiver) => {
        if (nested && typeof key === "string" && !(key in obj)) return nested[key];
        return Reflect.get(obj, key, receiver) as unknown;
      },
      set: (obj, key, value) => {
        if (!internal && !onSet(String(key), value))
          this.recordWrite(sheet.name, String(key), value);
        if (internal) return Reflect.set(obj, key, value);
        return true;
      },
    });
  }

  private worksheet(sheet: FakeSheet, isNull = false): OfficeMockObject {
    const data: ObjectData = {
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility ?? "Visible",
    };
    const mock = this.track(`sheet:${sheet.name}`, data);
    const rows = sheet.values.length;
    const cols = Math.max(0, ...sheet.values.map((r) => r.length));
    Object.assign(mock, {
      isNullObject: isNull,
      getUsedRangeOrNullObject: () => {
        const top = sheet.rowIndex ?? 0;
        const left = sheet.columnIndex ?? 0;
        const used = this.track(`used:${sheet.name}`, {
          address: `${sheet.name}!A1`,
          rowIndex: top,
          columnIndex: left,
          rowCount: rows,
          columnCount: cols,
        });
        Object.assign(used, {
          isNullObject: rows === 0,
          getMergedAreasOrNullObject: () => this.mergedAreas(sheet, top, left, rows, cols),
        });
        return used;
      },
      getRangeByIndexes: (r: number, c: number, nr: number, nc: number) =>
        this.range(sheet, r, c, nr, nc),
      getRange: (address: string) => {
        const range = this.writable(sheet, `range(${address})`);
        this.rangeAddresses.set(range, { sheet: sheet.name, address });
        return range;
      },
      activate: () => this.log.push(`activate ${sheet.name}`),
      customProperties: customPropertyCollection(sheet, {
        queue: (operation) => this.operations.push(operation),
        recordWrite: (what, payload) => {
          this.recordWrite(sheet.name, what, payload);
        },
        track: (label, data) => this.track(label, data),
      }),
      tables: {
        add: (_range: unknown, hasHeaders: boolean) => {
          this.recordWrite(sheet.name, "tables.add", [hasHeaders]);
          const table = { name: "" };
          const index = (sheet.tables ??= []).length;
          this.operations.push(() => {
            (sheet.tables ??= []).push(`Table${this.nextId++}`);
          });
          return this.guardWrites(
            sheet,
            table,
            (key, value) => {
              if (key !== "name") return false;
              this.recordWrite(sheet.name, "table.name", value);
              this.operations.push(() => {
                renameTable(this.sheets, sheet, index, String(value), (name) =>
                  Boolean(this.namesApi.find(name)),
                );
              });
              return true;
            },
            this.writable(sheet, "table"),
          );
        },
      },
      delete: () => {
        this.recordWrite(sheet.name, "delete", null);
        this.operations.push(() => {
          this.assertStructureUnlocked("delete");
          // "if the worksheet's visibility is set to VeryHidden, the delete operation will fail
          // with an InvalidOperation exception" [@types/office-js, Worksheet.delete].
          if (sheet.visibility === "VeryHidden")
            throw officeError("InvalidOperation", "cannot delete a very hidden sheet");
          const at = this.sheets.indexOf(sheet);
          if (at >= 0) this.sheets.splice(at, 1);
          for (const entry of this.names.values())
            if (entry.sheet === sheet.name) entry.sheet = undefined;
        });
      },
    });
    return this.guardWrites(sheet, mock, (key, value) => {
      if (key === "name") {
        this.recordWrite(sheet.name, "name", value);
        this.operations.push(() => {
          this.assertStructureUnlocked("rename");
          const others = this.sheets.filter((s) => s !== sheet).map((s) => s.name);
          const problem = sheetNameProblem(String(value), others);
          if (problem) throw officeError("InvalidArgument", problem);
          for (const entry of this.names.values())
            if (entry.sheet === sheet.name) entry.sheet = String(value);
          sheet.name = String(value);
        });
        return true;
      }
      if (key === "visibility") {
        this.recordWrite(sheet.name, "visibility", value);
        this.operations.push(() => {
          this.assertStructureUnlocked("hide or show");
          sheet.visibility = value as SheetVisibility;
        });
        return true;
      }
      return false;
    });
  }

  private context(): unknown {
    const sheetObjects = this.sheets.map((s) => this.worksheet(s));
    const missing = (name: string) => this.worksheet({ name, values: [] }, true);
    const worksheets = {
      items: sheetObjects,
      load: (props: string) => {
        this.log.push(`load worksheets ${props.replace(/\s/g, "")}`);
        const own = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        for (const sheet of sheetObjects) sheet.load(own.join(","));
      },
      getItem: (name: string) => {
        const sheet = this.sheet(name);
        if (sheet) return this.worksheet(sheet);
        // getItem on a renamed or deleted sheet fails the request [@types/office-js,
        // WorksheetCollection.getItem; Office.js error codes: ItemNotFound].
        this.operations.push(() => {
          throw officeError("ItemNotFound", `no sheet named ${name}`);
        });
        return missing(name);
      },
      getItemOrNullObject: (name: string) => {
        const sheet = this.sheet(name);
        return sheet ? this.worksheet(sheet) : missing(name);
      },
      add: (name: string) => {
        const created: FakeSheet = { name, id: `{new-${this.nextId++}}`, values: [] };
        this.recordWrite(name, "worksheets.add", name);
        this.operations.push(() => {
          this.assertStructureUnlocked("add");
          const problem = sheetNameProblem(
            name,
            this.sheets.map((s) => s.name),
          );
          if (problem) throw officeError("InvalidArgument", problem);
          this.sheets.push(created);
        });
        return this.worksheet(created);
      },
    };
    const tables = {
      items: [] as { name: string }[],
      load: () => {
        this.log.push("load tables");
        this.operations.push(() => {
          tables.items = this.sheets.flatMap((s) => s.tables ?? []).map((name) => ({ name }));
        });
      },
    };
    const names = {
      ...this.namesApi.collection(this.batchApi(), (range) => {
        const target = this.rangeAddresses.get(range);
        if (target === undefined) throw new Error("fake names.add needs a range from getRange");
        return target;
      }),
      items: [] as { name: string }[],
      load: () => {
        this.log.push("load names");
        this.operations.push(() => {
          names.items = [...this.names.keys()].map((name) => ({ name }));
        });
      },
    };
    const settingItem = (key: string) => {
      const value = this.settings.get(key);
      const mock = this.track(`setting:${key}`, { value: value ?? "" });
      return Object.assign(mock, { isNullObject: value === undefined });
    };
    const protection = this.track("protection", { protected: this.workbookProtected });
    return {
      workbook: {
        worksheets,
        tables,
        names,
        protection,
        properties: this.track("properties", { ...this.documentProperties }),
        settings: {
          getItemOrNullObject: settingItem,
          add: (key: string, value: string) => {
            this.pendingRequest += JSON.stringify(value).length;
            this.operations.push(() => this.settings.set(key, value));
          },
        },
        customXmlParts: this.parts.collection(this.batchApi()),
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      sync: () => this.sync(),
    };
  }

  private async sync(): Promise<void> {
    this.log.push("sync");
    const request = this.pendingRequest;
    this.requestBytes.push(request);
    this.pendingRequest = 0;
    const operations = this.operations;
    this.operations = [];
    let forced = this.failNextSyncWith;
    this.failNextSyncWith = undefined;
    if (this.failSync && --this.failSync.after === 0) {
      forced = this.failSync.code;
      this.failSync = undefined;
    }
    let response = 0;
    try {
      if (forced !== undefined) throw officeError(forced, "fake failure");
      // A request over the cap is refused whole: nothing in it runs.
      if (request > this.requestLimitBytes)
        throw officeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
      for (const operation of operations) operation();
    } finally {
      response = this.pendingResponse;
      this.responseBytes.push(response);
      this.pendingResponse = 0;
    }
    if (response > this.responseLimitBytes)
      throw officeError("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
    for (const mock of this.mocks) await mock.sync();
    await flush();
  }
}
