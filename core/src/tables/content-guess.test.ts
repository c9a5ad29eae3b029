import { describe, expect, it } from "vitest";
import { indicatorSchema, type IndicatorInput } from "../catalogue/schema";
import type { CellValue } from "../grid/grid";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { CONTENT_GUESS_SCORE, guessFromContent, type TableContent } from "./content-guess";
import { GUESS_CEILING } from "./label-retrieval";
import { detectWorkbookTables } from "./workbook-context";
import { grid } from "./testing/grid";

const indicator = (
  id: string,
  measure: IndicatorInput["measure"],
  en: string[],
  counterpart?: string,
): IndicatorInput => ({
  ...testIndicator(id, { en }),
  measure,
  ...(counterpart === undefined ? {} : { counterpart }),
});

const index = buildTermIndex(
  [
    indicator("stock-immigrants", "stock", ["immigrants", "immigrant stock"], "flow-immigration"),
    indicator("flow-immigration", "flow", ["immigration", "migration flows"], "stock-immigrants"),
    indicator("flow-emigration", "flow", ["emigration", "migration flows"]),
    indicator("flow-net-migration", "flow", ["net migration"]),
    indicator("flow-internal-migration", "flow", ["internal migration"]),
    indicator("env-climate-migration", "flow", ["climate migration"]),
    indicator("stock-foreign-citizens", "stock", ["foreigners"]),
    indicator("labour-unemployment-rate-by-status", "rate", ["unemployment rate by nationality"]),
    indicator("gov-migration-policy", "score", ["migration policy"]),
  ].map((i) => indicatorSchema.parse(i)),
);

const content = (over: Partial<TableContent>): TableContent => ({
  names: [],
  labelValues: [],
  dimensions: [],
  numbers: 100,
  negatives: 0,
  ...over,
});

const ids = (c: TableContent) => guessFromContent(index, c).map((m) => m.id);

describe("guessFromContent", () => {
  it("reads signed values under a migration word as net migration, saying why", () => {
    const guesses = guessFromContent(
      index,
      content({ names: [{ where: "file", text: "migration" }], negatives: 40 }),
    );
    expect(guesses[0]?.id).toBe("flow-net-migration");
    expect(guesses[0]?.guess).toBe(true);
    expect(guesses[0]?.basis?.[0]).toMatch(/signed/);
    expect(guesses[0]?.evidence[0]).toMatchObject({ where: "file", words: ["migration"] });
    expect(guesses.every((g) => g.score <= CONTENT_GUESS_SCORE)).toBe(true);
    expect(CONTENT_GUESS_SCORE).toBeLessThan(GUESS_CEILING);
  });

  it("reads regions of one country under a migration word as internal migration", () => {
    const regions = [{ kind: "region" as const, source: "rows" as const, examples: [] }];
    const names = [{ where: "file" as const, text: "inner-migration" }];
    expect(ids(content({ names, dimensions: regions }))[0]).toBe("flow-internal-migration");
    // Without the regions, the commonest name holding the word: migration flows, both ways.
    expect(ids(content({ names })).slice(0, 2)).toEqual(["flow-emigration", "flow-immigration"]);
  });

  it("settles stock or flow by cues and keeps the counterpart as an alternative", () => {
    const stock = ids(
      content({ names: [{ where: "sheet", text: "Immigrants as of 31 December" }] }),
    );
    expect(stock.slice(0, 2)).toEqual(["stock-immigrants", "flow-immigration"]);
    const flow = guessFromContent(
      index,
      content({ names: [{ where: "sheet", text: "Immigrants arrived during the year" }] }),
    );
    expect(flow.map((m) => m.id).slice(0, 2)).toEqual(["flow-immigration", "stock-immigrants"]);
    expect(flow[0]?.basis?.[0]).toMatch(/period cues/);
  });

  it("guesses nothing without a migration word naming the table", () => {
    expect(ids(content({ names: [{ where: "file", text: "population" }], negatives: 50 }))).toEqual(
      [],
    );
    // A breakdown's header is no name of the table.
    expect(ids(content({ names: [{ where: "labels", text: "Immigrants" }] }))).toEqual([]);
    expect(ids(content({ names: [{ where: "file", text: "bird migration" }] }))).toEqual([]);
  });

  it("reads nationality words alone as foreigners only when the table has no topic of its own", () => {
    expect(ids(content({ names: [{ where: "file", text: "foreigners" }] }))[0]).toBe(
      "stock-foreign-citizens",
    );
    expect(ids(content({ names: [{ where: "file", text: "delitos por nacionalidad" }] }))).toEqual(
      [],
    );
    expect(
      ids(content({ names: [{ where: "title", text: "Unemployment by nationality" }] })),
    ).toEqual([]);
  });
});

describe("detectWorkbookTables with content guesses", () => {
  const rows: CellValue[][] = [
    ["Country", "1990-1995", "1995-2000"],
    ["France", 12.5, -3.5],
    ["Spain", -4.25, 8.5],
    ["Italy", 2.5, -1.5],
  ];

  it("guesses an unnamed CSV from its file name and values, and not when guesses are off", () => {
    const tables = detectWorkbookTables([grid(rows, "data")], { index, fileName: "migration.csv" });
    expect(tables[0]?.[0]?.indicators[0]).toMatchObject({ id: "flow-net-migration", guess: true });
    const off = detectWorkbookTables([grid(rows, "data")], {
      index,
      fileName: "migration.csv",
      guesses: false,
    });
    expect(off[0]?.[0]?.indicators).toEqual([]);
  });
});
