import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import type { Grid } from "../grid/grid";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { detectTables } from "./detect-tables";
import { grid } from "./testing/grid";

const index = buildTermIndex(
  [
    testIndicator("flow-irregular-entries", { en: ["deportable aliens located"] }),
    testIndicator("flow-smuggling", { en: ["smugglers of aliens located"] }),
    testIndicator("stock-foreign-citizens", { en: ["foreign citizens", "foreigners"] }),
    // A catalogue has many indicators: a word two of them use is still telling.
    ...["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta"].map((w) =>
      testIndicator(`filler-${w}`, { en: [`${w} index`] }),
    ),
  ].map((i) => indicatorSchema.parse(i)),
);

const ids = (g: Grid) => detectTables(g, { index })[0]?.indicators.map((i) => i.id) ?? [];

describe("indicators named by the rows of a yearbook table", () => {
  it("reads the row labels of a table with years across when nothing above names it", () => {
    const g = grid(
      [
        ["Activities", 1999, 2000, 2001],
        ["Total processed", 120, 130, 110],
        ["Deportable aliens located", 100, 110, 90],
        ["Smugglers of aliens located", 10, 12, 9],
        ["Seizures (conveyances)", 5, 6, 4],
      ],
      "Table 60",
    );
    const [table] = detectTables(g, { index });
    expect(table?.indicators.map((m) => m.id)).toEqual([
      "flow-irregular-entries",
      "flow-smuggling",
    ]);
    expect(table?.indicators[0]?.evidence[0]).toMatchObject({
      where: "labels",
      text: "Deportable aliens located",
    });
  });

  it("leaves rows that are a breakdown of the title's topic as a category", () => {
    const g = grid(
      [
        ["Convictions for theft by nationality"],
        [],
        ["Nationality", 2019, 2020, 2021],
        ["Nationals", 100, 110, 90],
        ["Foreigners", 10, 12, 9],
      ],
      "theft",
    );
    expect(ids(g)).not.toContain("stock-foreign-citizens");
  });

  it("does not read the rows of a table that has no years across", () => {
    const g = grid(
      [
        ["Activities", "North", "South"],
        ["Deportable aliens located", 100, 110],
        ["Total processed", 120, 130],
      ],
      "Sheet1",
    );
    expect(ids(g)).toEqual([]);
  });
});
