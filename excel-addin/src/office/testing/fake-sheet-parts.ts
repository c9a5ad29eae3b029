/**
 * The fake's worksheet custom properties and table names, with Excel's rules: a property key
 * holds at most 255 characters and keys ignore case; a table name must differ from every table
 * and defined name, ignoring case.
 */
import type { OfficeMockObject } from "office-addin-mock";
import { MAX_CUSTOM_PROPERTY_KEY, officeError, sameName } from "./excel-rules";
import type { FakeSheet } from "./fake-cells";

export interface SheetBatch {
  queue(operation: () => void): void;
  recordWrite(what: string, payload: unknown): void;
  track(label: string, data: Record<string, unknown>): OfficeMockObject;
}

/** Worksheet.customProperties (ExcelApi 1.12) [@types/office-js,
 * WorksheetCustomPropertyCollection]: `add` overwrites the same key; keys ignore case. */
export function customPropertyCollection(sheet: FakeSheet, batch: SheetBatch) {
  const find = (key: string) =>
    Object.entries(sheet.customProperties ?? {}).find(([k]) => sameName(k, key));
  return {
    add: (key: string, value: string) => {
      batch.recordWrite(`customProperties.add(${key})`, [key, value]);
      batch.queue(() => {
        if (key.length > MAX_CUSTOM_PROPERTY_KEY)
          throw officeError("InvalidArgument", "custom property key over 255 characters");
        const kept = Object.entries(sheet.customProperties ?? {}).filter(
          ([k]) => !sameName(k, key),
        );
        sheet.customProperties = Object.fromEntries([...kept, [key, value]]);
      });
    },
    getItemOrNullObject: (key: string) => {
      const found = find(key);
      const mock = batch.track(`property:${sheet.name}`, { key, value: found?.[1] ?? "" });
      return Object.assign(mock, { isNullObject: found === undefined });
    },
  };
}

/** Table names are unique among tables AND defined names, ignoring case [support.microsoft
 * .com, "Rename an Excel table"]. Code not documented: InvalidArgument. */
export function renameTable(
  sheets: readonly FakeSheet[],
  sheet: FakeSheet,
  index: number,
  name: string,
  isDefinedName: (name: string) => boolean,
): void {
  const tables = sheets.flatMap((s) => (s.tables ?? []).map((t, i) => ({ s, t, i })));
  const clash = tables.some(({ s, t, i }) => !(s === sheet && i === index) && sameName(t, name));
  if (clash || isDefinedName(name))
    throw officeError("InvalidArgument", `the name ${name} is already in use`);
  if (sheet.tables) sheet.tables[index] = name;
}
