import { describe, expect, it } from "vitest";
import { InventoryImportError } from "./inventory-import-error";
import { fromJson } from "./inventory-json";
import { migrateInventory } from "./migrate-inventory";
import { INVENTORY_SCHEMA_VERSION } from "./source-record";

const versionZero = {
  owner: "Statistical Office",
  records: [
    {
      id: "t-12",
      indicator: "stock-immigrants",
      file: "popis-2011.xlsx",
      sheet: "Tabela 12",
      range: "B4:F30",
      title: "Lica rođena u inostranstvu",
      years: "2002-2004, 2011",
      periodicity: "multi-year",
      geography: "admin-1",
      access: "public",
      breakdowns: ["country:birth", "sex"],
    },
    {
      id: "w-1",
      indicator: "stock-refugees-hosted",
      url: "https://data.example.org/r",
      years: "",
      periodicity: "annual",
      geography: "national",
      access: "on-request",
      proxy: true,
    },
  ],
};

describe("migrateInventory", () => {
  it("migrates the flat version-0 shape", () => {
    const inventory = migrateInventory(versionZero);
    expect(inventory.schemaVersion).toBe(INVENTORY_SCHEMA_VERSION);
    expect(inventory.owner).toBe("Statistical Office");
    expect(inventory.records[0]).toStrictEqual({
      id: "t-12",
      indicators: ["stock-immigrants"],
      location: { kind: "workbook", file: "popis-2011.xlsx", sheet: "Tabela 12", range: "B4:F30" },
      title: "Lica rođena u inostranstvu",
      years: [2002, 2003, 2004, 2011],
      periodicity: "multi-year",
      breakdowns: [{ kind: "country", role: "birth" }, { kind: "sex" }],
      geography: "admin-1",
      access: "public",
      quality: [],
      proxy: false,
      origin: "import",
    });
    expect(inventory.records[1]).toMatchObject({
      location: { kind: "web", url: "https://data.example.org/r", selectors: [] },
      years: [],
      proxy: true,
    });
  });

  it("treats an explicit schemaVersion 0 the same as none", () => {
    expect(migrateInventory({ ...versionZero, schemaVersion: 0 })).toStrictEqual(
      migrateInventory(versionZero),
    );
  });

  it("reports unconvertible version-0 fields against the record", () => {
    const broken = {
      records: [
        { ...versionZero.records[0], years: "around 2010" },
        { ...versionZero.records[1], url: undefined },
      ],
    };
    const error = (() => {
      try {
        migrateInventory(broken);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InventoryImportError);
    expect((error as InventoryImportError).problems).toEqual([
      expect.objectContaining({ record: 0, field: "years" }),
      expect.objectContaining({ record: 1, field: "location" }),
    ]);
  });

  it("rejects future versions with a clear message", () => {
    expect(() => migrateInventory({ schemaVersion: 7, records: [] })).toThrow(
      /schema version 7.*newer Gapmap/,
    );
    expect(() => fromJson('{"schemaVersion": "one", "records": []}')).toThrow(
      /schemaVersion: expected a whole number/,
    );
    expect(() => migrateInventory([])).toThrow(InventoryImportError);
  });
});
