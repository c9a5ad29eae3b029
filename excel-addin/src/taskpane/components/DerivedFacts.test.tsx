// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import type { CellValue } from "@gapmap/core";
import { afterEach, describe, expect, it } from "vitest";
import { acceptedRecords, initialReview } from "../model/review";
import { scanSheets } from "../model/scan-sheets";
import { catalogue } from "../testing/scan-fixture";
import { TableCard } from "./TableCard";

afterEach(cleanup);

const header = ["Region", "Refugees", "Asylum-seekers"];
const block = (section: string, base: number): CellValue[][] => [
  [section],
  [],
  header,
  ["Africa", base, base + 1],
  ["Asia", base + 3, base + 4],
  ["Europe", base + 6, base + 7],
  [],
];
const rows = [...block("End-2015", 20), ...block("Change (%)", 1)];
const grid = { name: "Tab24", rows, width: 3, formats: {}, merges: [] };

describe("derived blocks in the task pane", () => {
  it("shows the block as part of its table, and the table as holding it", async () => {
    const [table, change] = await scanSheets([grid], () => {});
    if (!table || !change) throw new Error("two tables expected");
    render(<TableCard found={change} highlighted={false} onShow={() => {}} />);
    expect(screen.getByTestId("derived-of").textContent).toBe(
      `Part of the table in ${table.table.range}: its change (“Change (%)”), not a table to record on its own.`,
    );
    cleanup();
    render(<TableCard found={table} highlighted={false} onShow={() => {}} />);
    expect(screen.getByTestId("derived-blocks").textContent).toBe(
      `Also holds: “Change (%)” (change, ${change.table.range})`,
    );
  });

  it("prefills no indicator on the block, so it is not recorded unless someone chooses to", async () => {
    const found = await scanSheets([grid], () => {});
    const [table, change] = found;
    if (!table || !change) throw new Error("two tables expected");
    expect(initialReview(change, catalogue).indicators).toEqual([]);
    const accept = (f: (typeof found)[number], indicators: string[]) =>
      [f.key, { ...initialReview(f, catalogue), indicators, status: "accepted" as const }] as const;
    // Bulk accept takes what was prefilled: the table's indicator, nothing for the block.
    const accepted = new Map([accept(table, ["stock-refugees-hosted"]), accept(change, [])]);
    const records = acceptedRecords("refugees.xlsx", found, accepted);
    expect(records.map((r) => r.location)).toEqual([
      { kind: "workbook", file: "refugees.xlsx", sheet: "Tab24", range: table.table.range },
    ]);
    expect(records[0]?.notes).toContain("Derived blocks: change");
    // A person who gives the block an indicator and accepts it gets it recorded.
    const chosen = new Map([...accepted, accept(change, ["stock-refugees-hosted"])]);
    expect(acceptedRecords("refugees.xlsx", found, chosen)).toHaveLength(2);
  });
});
