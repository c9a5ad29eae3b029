/**
 * A fake `Excel` for tests and the bench, built from office-addin-mock objects so that reading a
 * property that was not loaded, or not synced, fails as it would in Excel. On top of the mock it
 * records what the adapter does: every load and sync in order, the bytes each sync would carry,
 * and every write, tagged with the sheet it lands on.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { RawValue } from "../block-to-cells";
import type { ExcelRunner } from "../excel-types";

export interface FakeSheet {
  name: string;
  id?: string;
  /** The used range's cells, starting at (rowIndex, columnIndex); empty for a blank sheet. */
  values: RawValue[][];
  valueTypes?: string[][];
  numberFormat?: string[][];
  rowIndex?: number;
  columnIndex?: number;
  /** RangeAreas address of merged cells, e.g. "Sheet1!A1:B1"; none when undefined. */
  merged?: string;
}

export interface FakeWorkbookSpec {
  sheets: FakeSheet[];
  settings?: Record<string, string>;
  customXml?: Record<string, string>;
  workbookProtected?: boolean;
}

/** A workbook name: its comment and the cells it refers to (sheet undefined after #REF!). */
export interface FakeName {
  comment: string;
  sheet: string | undefined;
  address: string;
}

export interface WriteRecord {
  sheet: string;
  what: string;
}

type ObjectData = Record<string, unknown>;

function typeOf(value: RawValue): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  return /^#[A-Z/0!?]+[!?A]?$/.test(value) ? "Error" : "String";
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export class FakeExcel {
  readonly log: string[] = [];
  readonly writes: WriteRecord[] = [];
  readonly responseBytes: number[] = [];
  readonly requestBytes: number[] = [];
  readonly settings: Map<string, string>;
  readonly customXml: Map<string, string>;
  readonly names = new Map<string, FakeName>();
  /** How many `Excel.run` batches were started. */
  runCount = 0;
  /** Set to an Office error code to make the next sync fail with it (once). */
  failNextSyncWith: string | undefined;
  /** Fails every sync whose response would exceed this many bytes, as Excel on the web does. */
  responseLimitBytes = Number.POSITIVE_INFINITY;

  private readonly mocks: OfficeMockObject[] = [];
  private pendingResponse = 0;
  private pendingRequest = 0;
  private readonly sheets: FakeSheet[];
  private nextId = 1000;
  private readonly workbookProtected: boolean;
  /** Ranges handed out by getRange, so names.add can tell which cells a name refers to. */
  private readonly rangeAddresses = new WeakMap<object, { sheet: string; address: string }>();

  constructor(spec: FakeWorkbookSpec) {
    this.sheets = spec.sheets.map((s, i) => ({ ...s, id: s.id ?? `sheet-${i}` }));
    this.settings = new Map(Object.entries(spec.settings ?? {}));
    this.customXml = new Map(Object.entries(spec.customXml ?? {}));
    this.workbookProtected = spec.workbookProtected ?? false;
  }

  get syncCount(): number {
    return this.log.filter((entry) => entry === "sync").length;
  }

  get excel(): ExcelRunner {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
        this.runCount += 1;
        return batch(this.context() as Excel.RequestContext);
      },
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

  /** A plain object whose property sets are recorded as writes to `sheet`. */
  private writable(sheet: string, what: string): Record<string, unknown> {
    return new Proxy<Record<string, unknown>>(
      {},
      {
        get: (target, key) => {
          // Not thenable, not JSON-serialisable: the proxy must not fake those protocols.
          if (typeof key !== "string" || key === "then" || key === "toJSON") return undefined;
          if (key === "add")
            return (...args: unknown[]) => {
              this.recordWrite(sheet, `${what}.add`, args);
              return this.writable(sheet, `${what}.item`);
            };
          target[key] ??= this.writable(sheet, `${what}.${key}`);
          return target[key];
        },
        set: (target, key, value) => {
          this.recordWrite(sheet, `${what}.${String(key)}`, value);
          target[String(key)] = value;
          return true;
        },
      },
    );
  }

  private rangeMock(sheet: FakeSheet, r0: number, c0: number, rows: number, cols: number) {
    const top = sheet.rowIndex ?? 0;
    const left = sheet.columnIndex ?? 0;
    const slice = <T>(grid: T[][] | undefined, fill: (v: RawValue) => T) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const v = sheet.values[r0 - top + r]?.[c0 - left + c] ?? "";
          return grid?.[r0 - top + r]?.[c0 - left + c] ?? fill(v);
        }),
      );
    const data: ObjectData = {
      values: slice(sheet.values, (v) => v),
      valueTypes: slice(sheet.valueTypes, typeOf),
      numberFormat: slice(sheet.numberFormat, () => "General"),
    };
    const mock = this.track(`range:${sheet.name}`, data);
    return this.guardWrites(sheet.name, mock);
  }

  /** Any property set on a read proxy by the adapter is a write to that sheet. */
  private guardWrites<T extends object>(sheet: string, target: T): T {
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
      set: (obj, key, value) => {
        if (!internal) this.recordWrite(sheet, String(key), value);
        return Reflect.set(obj, key, value);
      },
    });
  }

  private worksheet(sheet: FakeSheet, isNew: boolean): OfficeMockObject {
    const data: ObjectData = { name: sheet.name, id: sheet.id };
    const mock = this.track(`sheet:${sheet.name}`, data);
    const rows = sheet.values.length;
    const cols = Math.max(0, ...sheet.values.map((r) => r.length));
    Object.assign(mock, {
      getUsedRangeOrNullObject: () => {
        const used = this.track(`used:${sheet.name}`, {
          address: `${sheet.name}!A1`,
          rowIndex: sheet.rowIndex ?? 0,
          columnIndex: sheet.columnIndex ?? 0,
          rowCount: rows,
          columnCount: cols,
        });
        Object.assign(used, {
          isNullObject: rows === 0,
          getMergedAreasOrNullObject: () => {
            const merged = this.track(`merged:${sheet.name}`, { address: sheet.merged ?? "" });
            return Object.assign(merged, { isNullObject: sheet.merged === undefined });
          },
        });
        return used;
      },
      getRangeByIndexes: (r: number, c: number, nr: number, nc: number) =>
        isNew
          ? this.writable(sheet.name, `range(${r},${c},${nr},${nc})`)
          : this.rangeMock(sheet, r, c, nr, nc),
      getRange: (address: string) => {
        const range = this.writable(sheet.name, `range(${address})`);
        this.rangeAddresses.set(range, { sheet: sheet.name, address });
        return range;
      },
      tables: this.writable(sheet.name, "tables"),
      delete: () => {
        this.recordWrite(sheet.name, "delete", null);
      },
    });
    return this.guardWrites(sheet.name, mock);
  }

  /** A NamedItem as Office.js returns it: a null object when missing, its range once synced. */
  private namedItem(name: string) {
    const entry = this.names.get(name);
    return {
      isNullObject: entry === undefined,
      delete: () => {
        this.log.push(`delete name ${name}`);
        this.names.delete(name);
      },
      getRangeOrNullObject: () => {
        const quoted = `'${(entry?.sheet ?? "").replaceAll("'", "''")}'`;
        const range = this.track(`name:${name}`, { address: `${quoted}!${entry?.address ?? ""}` });
        return Object.assign(range, { isNullObject: entry?.sheet === undefined });
      },
    };
  }

  private context(): unknown {
    const sheets = this.sheets.map((s) => this.worksheet(s, false));
    const worksheets = {
      items: sheets,
      load: (props: string) => {
        this.log.push(`load worksheets ${props.replace(/\s/g, "")}`);
        const own = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        for (const sheet of sheets) sheet.load(own.join(","));
      },
      getItem: (name: string) => sheets[this.sheets.findIndex((s) => s.name === name)],
      add: (name: string) => {
        const created: FakeSheet = { name, id: `new-${this.nextId++}`, values: [] };
        this.recordWrite(name, "worksheets.add", name);
        return this.worksheet(created, true);
      },
    };
    const settingItem = (key: string) => {
      const value = this.settings.get(key);
      const mock = this.track(`setting:${key}`, { value: value ?? "" });
      return Object.assign(mock, { isNullObject: value === undefined });
    };
    const partFor = (ns: string) => {
      const xml = this.customXml.get(ns);
      return {
        isNullObject: xml === undefined,
        getXml: () => ({ value: xml ?? "" }),
        setXml: (next: string) => {
          this.pendingRequest += next.length;
          this.customXml.set(ns, next);
        },
      };
    };
    const protection = this.track("protection", { protected: this.workbookProtected });
    return {
      workbook: {
        worksheets,
        protection,
        settings: {
          getItemOrNullObject: settingItem,
          add: (key: string, value: string) => {
            this.pendingRequest += value.length;
            this.settings.set(key, value);
          },
        },
        customXmlParts: {
          getByNamespace: (ns: string) => ({ getOnlyItemOrNullObject: () => partFor(ns) }),
          add: (xml: string) => {
            const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "";
            this.pendingRequest += xml.length;
            this.customXml.set(ns, xml);
          },
        },
        names: {
          getItemOrNullObject: (name: string) => this.namedItem(name),
          add: (name: string, range: object, comment: string) => {
            const target = this.rangeAddresses.get(range);
            if (target === undefined) throw new Error("fake names.add needs a range from getRange");
            this.pendingRequest += name.length + comment.length;
            this.names.set(name, { comment, ...target });
          },
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      sync: async () => {
        this.log.push("sync");
        const response = this.pendingResponse;
        this.responseBytes.push(response);
        this.requestBytes.push(this.pendingRequest);
        this.pendingResponse = 0;
        this.pendingRequest = 0;
        const failure =
          this.failNextSyncWith ??
          (response > this.responseLimitBytes ? "ResponsePayloadSizeLimitExceeded" : undefined);
        this.failNextSyncWith = undefined;
        if (failure !== undefined) {
          throw Object.assign(new Error(`fake ${failure}`), { code: failure });
        }
        for (const mock of this.mocks) await mock.sync();
        await flush();
      },
    };
  }
}
