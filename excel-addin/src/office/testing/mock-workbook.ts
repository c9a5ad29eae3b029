/**
 * Mock data for Microsoft's office-addin-mock, standing in for the slice of `Excel` the adapter
 * uses. A test builds the mock itself, as Microsoft's unit-testing docs show:
 *
 *     const workbook = new MockWorkbook({ sheets: [...] });
 *     const excel = new OfficeMockObject(workbook.data); // the test's `Excel`, with `run`
 *
 * Every object the adapter touches is an `OfficeMockObject`, so a property read before `load`,
 * or after `load` but before `sync`, gives the library's error text instead of a value. The
 * workbook behind the proxies (cells, sheets, parts, names, selection) is plain data the test
 * asserts on. Where the library has nothing for what the adapter uses, the data adds it:
 *
 * - Collections (`worksheets`, `tables`, `names`, custom XML parts): the library does not mock
 *   them [office-js-docs-pr #3856; Office-Addin-Scripts #904, `items` stays a plain array whose
 *   members are not mocks], so `load("items/x")` loads `x` on a proxy per item, and `items` is
 *   filled at the next sync.
 * - Objects returned by methods are proxies of their own: the library's `sync` reaches only the
 *   object tree it was built from, so `context.sync` also syncs every proxy handed out.
 * - The library's `sync` does not wait for nested properties (it calls `forEach` with an async
 *   callback), so `context.sync` lets a macrotask pass before returning.
 * - Requests: the library applies nothing. Method calls are queued and property writes are read
 *   off the proxies; both reach the workbook at the next `context.sync`, methods first (the
 *   adapter never needs a property write to land before a method call of the same request).
 * - Null objects (`…OrNullObject`): `isNullObject` is set on the proxy (the library has none).
 * - `getXml()` returns a ClientResult, whose value arrives with the next sync without a `load`:
 *   the proxy is loaded for the caller.
 */
import { rangeToA1, type CellRange } from "@gapmap/core";
import { OfficeMockObject } from "office-addin-mock";
import { sameName } from "../excel-names";
import { officeError } from "./excel-rules";
import { sheetProxyData, type MockSheet, type MockSheetSpec } from "./mock-sheet";

export {
  sheetSpecsFromGrids,
  type MockCell,
  type MockSheet,
  type MockSheetSpec,
} from "./mock-sheet";

export interface MockPart {
  id: string;
  namespace: string;
  xml: string;
}

export interface MockName {
  name: string;
  sheet: string;
  address: string;
  comment: string;
}

/** What a property write on a proxy does to the workbook, by property path ("a/b"). */
export type Watches = Record<string, (value: unknown) => void>;

interface Proxy {
  mock: OfficeMockObject;
  watches: Watches;
  seen: Map<string, unknown>;
}

/** The library's answers for a property that cannot be read yet (possibleErrors.ts). */
const NOT_READABLE = new Set([
  "Error, property was not loaded",
  "Error, context.sync() was not called",
]);

function at(target: unknown, path: string): unknown {
  return path
    .split("/")
    .reduce<unknown>(
      (object, key) =>
        typeof object === "object" && object !== null ? Reflect.get(object, key) : undefined,
      target,
    );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export class MockWorkbook {
  readonly sheets: MockSheet[];
  readonly parts: MockPart[];
  readonly names: MockName[] = [];
  /** What each sync applied, in order, with "sync" between requests. */
  readonly log: string[] = [];
  /** The sheet Excel shows and the range selected on it. */
  active: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  /** How many `Excel.run` batches were started. */
  runs = 0;
  /** The data to hand to `new OfficeMockObject(...)`: `run` and its request context. */
  readonly data: Record<string, unknown>;

  private queued: (() => void)[] = [];
  private proxies: Proxy[] = [];
  private readonly ranges = new WeakMap<object, { sheet: MockSheet; area: CellRange }>();
  private nextId = 1;

  /** File › Info (Workbook.properties); "" where the file sets none, as Excel gives. */
  readonly properties: { title: string; author: string; company: string };

  constructor(spec: {
    sheets: MockSheetSpec[];
    parts?: MockPart[];
    properties?: Partial<MockWorkbook["properties"]>;
  }) {
    this.sheets = spec.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility ?? "Visible",
      values: s.values?.map((row) => [...row]) ?? [],
      formats: { ...(s.formats ?? {}) },
      merges: [...(s.merges ?? [])],
      properties: new Map(),
      tables: [],
      conditionalFormats: [],
      validations: [],
      hiddenColumns: new Set(),
    }));
    this.parts = (spec.parts ?? []).map((p) => ({ ...p }));
    this.properties = { title: "", author: "", company: "", ...spec.properties };
    this.data = this.rootData();
  }

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  /** The XML of every custom XML part in a namespace, in the workbook's order. */
  partsIn(namespace: string): string[] {
    return this.parts.filter((p) => p.namespace === namespace).map((p) => p.xml);
  }

  /** A proxy: an OfficeMockObject over `data`, synced with the request, its writes watched. */
  proxy(data: Record<string, unknown>, watches: Watches = {}): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    const seen = new Map(Object.keys(watches).map((path) => [path, at(data, path)]));
    this.proxies.push({ mock, watches, seen });
    return mock;
  }

  /** A null object's proxy when `isNull`, else the object's (isNullObject is ours to set). */
  nullable(mock: OfficeMockObject, isNull: boolean): OfficeMockObject {
    return Object.assign(mock, { isNullObject: isNull });
  }

  /** Queues a change for the next sync, logged when applied. */
  queue(entry: string, change: () => void = () => undefined): void {
    this.queued.push(() => {
      change();
      this.log.push(entry);
    });
  }

  /** Remembers which cells a range proxy covers, for tables.add and names.add. */
  rangeProxy(sheet: MockSheet, area: CellRange, mock: OfficeMockObject): OfficeMockObject {
    this.ranges.set(mock, { sheet, area });
    return mock;
  }

  rangeOf(mock: unknown): { sheet: MockSheet; area: CellRange } {
    const found = typeof mock === "object" && mock !== null ? this.ranges.get(mock) : undefined;
    if (found === undefined) throw new Error("the mock was handed a range it did not make");
    return found;
  }

  newId(): number {
    return this.nextId++;
  }

  private async sync(context: OfficeMockObject): Promise<void> {
    const queued = this.queued;
    this.queued = [];
    for (const change of queued) change();
    for (const proxy of this.proxies) this.applyWrites(proxy);
    this.log.push("sync");
    await OfficeMockObject.prototype.sync.call(context);
    for (const { mock } of this.proxies) await mock.sync();
    await settle();
  }

  /** A watched property holding something the data did not, and not an error: a write. */
  private applyWrites(proxy: Proxy): void {
    for (const [path, apply] of Object.entries(proxy.watches)) {
      const now = at(proxy.mock, path);
      if (now === proxy.seen.get(path) || now === undefined) continue;
      if (typeof now === "string" && NOT_READABLE.has(now)) continue;
      proxy.seen.set(path, now);
      apply(now);
    }
  }

  /** `load("items/a, items/b")` on a collection: each item's proxy loads a and b. */
  private collection(
    items: () => OfficeMockObject[],
    methods: Record<string, unknown> = {},
  ): Record<string, unknown> {
    const later = (change: () => void) => this.queued.push(change);
    return {
      ...methods,
      load(this: OfficeMockObject, properties: string) {
        const own = properties
          .split(",")
          .map((p) => p.trim().replace(/^items\//, ""))
          .join(",");
        const loaded = items();
        for (const item of loaded) item.load(own);
        later(() => {
          Object.assign(this, { items: loaded });
        });
        return this;
      },
    };
  }

  private sheetProxy(sheet: MockSheet, isNull = false): OfficeMockObject {
    return this.nullable(sheetProxyData(this, sheet), isNull);
  }

  private missingSheet(name: string): OfficeMockObject {
    return this.sheetProxy({ ...emptySheet(name) }, true);
  }

  private nameProxy(entry: MockName | undefined, name: string): OfficeMockObject {
    const mock = this.proxy({
      name,
      comment: entry?.comment ?? "",
      delete: () => {
        this.queue(`delete name ${name}`, () => {
          const at = this.names.findIndex((n) => sameName(n.name, name));
          if (at >= 0) this.names.splice(at, 1);
        });
      },
      getRangeOrNullObject: () => {
        const sheet = entry === undefined ? undefined : this.sheet(entry.sheet);
        const quoted = `'${(sheet?.name ?? "").replaceAll("'", "''")}'`;
        const address = sheet === undefined ? "" : `${quoted}!${entry?.address ?? ""}`;
        return this.nullable(this.proxy({ address }), sheet === undefined);
      },
    });
    return this.nullable(mock, entry === undefined);
  }

  private partProxy(part: MockPart): OfficeMockObject {
    return this.proxy({
      id: part.id,
      namespaceUri: part.namespace,
      getXml: () => {
        const result = this.proxy({ value: part.xml });
        result.load("value");
        return result;
      },
      setXml: (xml: string) => {
        this.queue(`set part ${part.id}`, () => {
          part.xml = xml;
        });
      },
      delete: () => {
        this.queue(`delete part ${part.id}`, () => {
          const at = this.parts.indexOf(part);
          if (at >= 0) this.parts.splice(at, 1);
        });
      },
    });
  }

  private contextData(): Record<string, unknown> {
    const syncRequest = (context: OfficeMockObject) => this.sync(context);
    const allTables = () => this.sheets.flatMap((s) => s.tables);
    return {
      workbook: {
        worksheets: this.collection(() => this.sheets.map((s) => this.sheetProxy(s)), {
          getItem: (name: string) => {
            const sheet = this.sheet(name);
            if (sheet) return this.sheetProxy(sheet);
            // Excel fails the whole request [@types/office-js, WorksheetCollection.getItem].
            this.queue(`missing sheet ${name}`, () => {
              throw officeError("ItemNotFound", `no sheet named ${name}`);
            });
            return this.missingSheet(name);
          },
          getItemOrNullObject: (name: string) => {
            const sheet = this.sheet(name);
            return sheet ? this.sheetProxy(sheet) : this.missingSheet(name);
          },
          add: (name: string) => {
            const sheet = emptySheet(name);
            this.queue(`add sheet ${name}`, () => this.sheets.push(sheet));
            return this.sheetProxy(sheet);
          },
        }),
        tables: this.collection(() => allTables().map((t) => this.proxy({ name: t.name }))),
        names: this.collection(() => this.names.map((n) => this.proxy({ name: n.name })), {
          getItemOrNullObject: (name: string) =>
            this.nameProxy(
              this.names.find((n) => sameName(n.name, name)),
              name,
            ),
          add: (name: string, range: unknown, comment: string) => {
            const { sheet, area } = this.rangeOf(range);
            this.queue(`add name ${name}`, () => {
              this.names.push({ name, sheet: sheet.name, address: rangeToA1(area), comment });
            });
          },
        }),
        protection: { protected: false },
        // Plain objects the library mocks as they are: load and sync are its own.
        properties: { ...this.properties },
        customXmlParts: {
          getByNamespace: (namespace: string) =>
            this.proxy(
              this.collection(() =>
                this.parts.filter((p) => p.namespace === namespace).map((p) => this.partProxy(p)),
              ),
            ),
          add: (xml: string) => {
            const part = { id: `{part-${this.newId()}}`, namespace: rootNamespace(xml), xml };
            this.queue(`add part ${part.id}`, () => this.parts.push(part));
            return this.partProxy(part);
          },
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      async sync(this: OfficeMockObject) {
        await syncRequest(this);
      },
    };
  }

  private rootData(): Record<string, unknown> {
    // The pane may run batches concurrently (a session save during a sheet write); they share
    // the one mock context, so its queue and watched proxies are only cleared when none is open.
    let open = 0;
    const begin = () => {
      this.runs += 1;
      if (open === 0) {
        this.queued = [];
        this.proxies = [];
      }
      open += 1;
    };
    return {
      context: this.contextData(),
      // As in Microsoft's examples: Excel.run hands the batch the mock's context.
      async run(this: OfficeMockObject, batch: (context: unknown) => Promise<unknown>) {
        begin();
        try {
          return await batch(Reflect.get(this, "context"));
        } finally {
          open -= 1;
        }
      },
    };
  }
}

function emptySheet(name: string): MockSheet {
  return {
    name,
    visibility: "Visible",
    values: [],
    formats: {},
    merges: [],
    properties: new Map(),
    tables: [],
    conditionalFormats: [],
    validations: [],
    hiddenColumns: new Set(),
  };
}

/** Excel files a custom XML part under its root element's namespace. */
function rootNamespace(xml: string): string {
  return /^\s*(?:<\?[^>]*\?>\s*)?<[^\s>]+[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}
