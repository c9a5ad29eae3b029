// @vitest-environment happy-dom
/**
 * The pane reads the open workbook through the Office adapter (here the fake Excel) sheet by
 * sheet, and then with the workbook, as `gapmap scan` does: notes sheets as evidence, and the
 * named tables' consensus given to a table that names nothing — shown as a guess.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { readWorkbookGrids } from "../../office/read-workbook";
import { FakeExcel, type FakeSheet } from "../../office/testing/fake-excel";
import { TableCard } from "../components/TableCard";
import { scanSheets } from "./scan-sheets";

afterEach(cleanup);

/** A table headed by places and years only: its own labels name no indicator. */
const bare = (name: string): FakeSheet => ({
  name,
  values: [
    ["Región", 2020, 2021],
    ["Norte", 120, 135],
    ["Centro", 80, 95],
    ["Sur", 60, 70],
  ],
});

const titled = (name: string, title: string): FakeSheet => ({
  name,
  values: [[title], [], ...bare(name).values],
});

async function scanFake(sheets: FakeSheet[]) {
  const grids = await readWorkbookGrids({ excel: new FakeExcel({ sheets }).excel });
  return scanSheets(grids, () => undefined);
}

describe("the pane reads each sheet with its workbook", () => {
  it("takes a notes sheet's words as evidence for a table that names nothing", async () => {
    const alone = await scanFake([bare("Datos")]);
    expect(alone[0]?.table.indicators).toEqual([]);
    const found = await scanFake([
      { name: "Notas", values: [["Saldo migratorio por región de residencia"], ["Fuente: INE"]] },
      bare("Datos"),
    ]);
    const table = found.find((f) => f.sheet === "Datos")?.table;
    expect(table?.indicators[0]?.id).toBe("flow-net-migration");
  });

  it("gives a table that names nothing the workbook's consensus, marked and shown as a guess", async () => {
    const found = await scanFake([
      titled("2020", "Saldo migratorio por región, 2020–2021"),
      titled("2021", "Saldo migratorio por región, 2021–2022"),
      bare("Pivot"),
    ]);
    const named = found.filter((f) => f.sheet !== "Pivot");
    expect(named.map((f) => f.table.indicators[0]?.id)).toEqual([
      "flow-net-migration",
      "flow-net-migration",
    ]);
    expect(named.every((f) => f.table.indicators[0]?.guess !== true)).toBe(true);
    const pivot = found.find((f) => f.sheet === "Pivot");
    expect(pivot?.table.indicators[0]).toMatchObject({ id: "flow-net-migration", guess: true });
    if (!pivot || !named[0]) throw new Error("tables expected");
    render(<TableCard found={pivot} highlighted={false} onShow={() => undefined} />);
    expect(screen.getByTestId("guess").textContent).toContain("guess");
    expect(screen.getByTestId("guess").getAttribute("title")).toContain("2020");
    cleanup();
    render(<TableCard found={named[0]} highlighted={false} onShow={() => undefined} />);
    expect(screen.queryByTestId("guess")).toBeNull();
  });
});
