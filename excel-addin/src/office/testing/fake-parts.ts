/**
 * The fake's custom XML parts and defined names, as strict as Excel: parts are a list (adding
 * one never replaces another), `getOnlyItemOrNullObject` is null unless exactly one part
 * matches, and a name comment over 255 characters fails the request.
 */
import { MAX_NAME_COMMENT, officeError, sameName } from "./excel-rules";

export interface FakePart {
  id: string;
  namespace: string;
  xml: string;
}

/** A workbook name: its comment and the cells it refers to (sheet undefined after #REF!). */
export interface FakeName {
  comment: string;
  sheet: string | undefined;
  address: string;
}

/** What the parts and names need from the fake: a request queue and byte counters. */
export interface FakeBatch {
  /** Queues an operation that runs, in order, at the next sync; a throw fails that sync. */
  queue(operation: () => void): void;
  addRequestBytes(bytes: number): void;
  addResponseBytes(bytes: number): void;
  log(entry: string): void;
}

/** A value Office.js fills in at sync (ClientResult); reading it earlier is a bug. */
export interface FakeResult<T> {
  value: T;
}

function pending<T>(): { result: FakeResult<T>; fill: (value: T) => void } {
  let filled = false;
  let stored: T | undefined;
  const result = {
    get value(): T {
      if (!filled) throw new Error("fake ClientResult read before context.sync()");
      return stored as T;
    },
  };
  return {
    result,
    fill: (value) => {
      stored = value;
      filled = true;
    },
  };
}

export class FakeParts {
  private nextId = 1;
  constructor(readonly parts: FakePart[]) {}

  add(namespace: string, xml: string): void {
    this.parts.push({ id: `{part-${this.nextId++}}`, namespace, xml });
  }

  collection(batch: FakeBatch) {
    const partObject = (part: FakePart | undefined) => ({
      isNullObject: part === undefined,
      id: part?.id ?? "",
      getXml: () => {
        const { result, fill } = pending<string>();
        batch.queue(() => {
          if (part === undefined) throw officeError("InvalidObjectPath", "null part");
          batch.addResponseBytes(JSON.stringify(part.xml).length);
          fill(part.xml);
        });
        return result;
      },
      setXml: (xml: string) => {
        batch.addRequestBytes(JSON.stringify(xml).length);
        batch.queue(() => {
          if (part === undefined) throw officeError("InvalidObjectPath", "null part");
          part.xml = xml;
        });
      },
      delete: () => {
        batch.log(`delete part ${part?.id ?? "?"}`);
        batch.queue(() => {
          const at = part ? this.parts.indexOf(part) : -1;
          if (at >= 0) this.parts.splice(at, 1);
        });
      },
      load: () => undefined,
    });
    return {
      getByNamespace: (namespace: string) => {
        const matching = () => this.parts.filter((p) => p.namespace === namespace);
        const scoped = {
          items: [] as ReturnType<typeof partObject>[],
          load: () => {
            batch.log(`load parts ${namespace}`);
            // Filled at sync, as Office.js does: the parts as they are when the request runs.
            batch.queue(() => {
              scoped.items = matching().map(partObject);
              batch.addResponseBytes(scoped.items.length * 64);
            });
          },
          // "If the collection contains exactly one item, this method returns it. Otherwise,
          // this method returns null" [@types/office-js, CustomXmlPartScopedCollection].
          getOnlyItemOrNullObject: () => {
            const found = matching();
            return partObject(found.length === 1 ? found[0] : undefined);
          },
        };
        return scoped;
      },
      add: (xml: string) => {
        batch.addRequestBytes(JSON.stringify(xml).length);
        const namespace = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "";
        batch.queue(() => {
          this.add(namespace, xml);
        });
      },
    };
  }
}

export class FakeNames {
  constructor(
    readonly names: Map<string, FakeName>,
    private readonly tableNames: () => string[],
  ) {}

  find(name: string): [string, FakeName] | undefined {
    return [...this.names].find(([key]) => sameName(key, name));
  }

  collection(batch: FakeBatch, rangeTarget: (range: object) => { sheet: string; address: string }) {
    return {
      getItemOrNullObject: (name: string) => this.item(batch, name),
      add: (name: string, range: object, comment: string) => {
        const target = rangeTarget(range);
        batch.addRequestBytes(JSON.stringify([name, target, comment]).length);
        batch.queue(() => {
          if (comment.length > MAX_NAME_COMMENT)
            throw officeError("InvalidArgument", `name comment over ${MAX_NAME_COMMENT} chars`);
          if (this.find(name) || this.tableNames().some((t) => sameName(t, name)))
            throw officeError("InvalidArgument", `the name ${name} is already in use`);
          this.names.set(name, { comment, ...target });
        });
      },
    };
  }

  /** A NamedItem as Office.js returns it: a null object when missing, its range once synced. */
  private item(batch: FakeBatch, name: string) {
    const found = this.find(name);
    const entry = found?.[1];
    return {
      isNullObject: entry === undefined,
      delete: () => {
        batch.log(`delete name ${name}`);
        batch.queue(() => {
          if (found) this.names.delete(found[0]);
        });
      },
      getRangeOrNullObject: () => {
        const quoted = `'${(entry?.sheet ?? "").replaceAll("'", "''")}'`;
        const address = `${quoted}!${entry?.address ?? ""}`;
        batch.addResponseBytes(address.length);
        return { isNullObject: entry?.sheet === undefined, address, load: () => undefined };
      },
    };
  }
}
