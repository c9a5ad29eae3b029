import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../catalogue/schema";
import type { Grid } from "../grid/grid";
import { testIndicator } from "../search/testing/test-indicator";
import { buildTermIndex } from "../search/term-index";
import { detectTables } from "./detect-tables";
import { topicWords, TopicCollector } from "./category-evidence";
import { grid } from "./testing/grid";

const byStatus = (id: string, synonyms: Parameters<typeof testIndicator>[1]) => ({
  ...testIndicator(id, synonyms),
  requiredDimensions: ["sex", "migratory-status"],
});

const index = buildTermIndex(
  [
    testIndicator("stock-stateless", { en: ["stateless persons"], ro: ["apatrizi"] }),
    testIndicator("stock-foreign-citizens", {
      en: ["foreign citizens", "foreigners"],
      es: ["extranjeros", "población extranjera"],
      ro: ["cetățeni străini"],
    }),
    testIndicator("stock-immigrants", { en: ["immigrants"], fr: ["immigrés"] }),
    byStatus("social-discrimination-by-status", {
      en: ["population reporting discrimination by migratory status"],
      fr: ["population déclarant avoir été victime de discrimination"],
    }),
    byStatus("social-poverty-by-status", { en: ["poverty rate of migrants"] }),
    // A catalogue has many indicators: a word two of them use is still telling.
    ...["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa", "lambda"].map((w) =>
      testIndicator(`filler-${w}`, { en: [`${w} index`] }),
    ),
  ].map((i) => indicatorSchema.parse(i)),
);

const ids = (g: Grid) => detectTables(g, { index })[0]?.indicators.map((i) => i.id) ?? [];

describe("migrants as one breakdown of another topic's table", () => {
  it("gives a legal-aid table broken down by the status of foreign beneficiaries no indicator", () => {
    const g = grid(
      [
        ["Year", "Statut de beneficiar", "Baza legală", "Tipul asistenței", "Value"],
        [2020, "Apatrizi", "Art. 19", "Reprezentare", 3],
        [2020, "Refugiați", "Art. 19", "Consultanță", 5],
        [2020, "Cetățeni străini", "Art. 20", "Reprezentare", 7],
        [2021, "Apatrizi", "Art. 20", "Consultanță", 2],
        [2021, "Refugiați", "Art. 19", "Reprezentare", 4],
      ],
      "16-3-2-1",
    );
    expect(ids(g)).toEqual([]);
  });

  it("reads a survey broken down by immigrant status as its measure by migratory status", () => {
    const g = grid(
      [
        ["Year", "Series", "Status d'immigrant", "Value"],
        [2024, "Proportion d'individus ayant subi de la discrimination", "Immigrants", 30],
        [2024, "Proportion d'individus ayant subi de la discrimination", "Non-immigrants", 20],
        [2024, "Proportion d'individus ayant subi de la discrimination", "", 25],
      ],
      "10-3-1",
    );
    const [table] = detectTables(g, { index });
    expect(table?.indicators[0]?.id).toBe("social-discrimination-by-status");
    expect(table?.indicators[0]?.guess).toBe(true);
  });

  it("keeps foreigners for a population table whose only breakdowns are nationality and sex", () => {
    const g = grid(
      [
        ["Español/Extranjero", "Sexo", "Año", "Total"],
        ["Nacionalidad Española", "Hombres", 2022, 100],
        ["Nacionalidad Extranjera", "Hombres", 2022, 20],
        ["Nacionalidad Española", "Mujeres", 2022, 110],
        ["Nacionalidad Extranjera", "Mujeres", 2022, 21],
      ],
      "poblacion_sexo",
    );
    expect(ids(g)[0]).toBe("stock-foreign-citizens");
  });
});

describe("topicWords", () => {
  it("leaves out frame, people, migrant and known breakdown words", () => {
    const c = new TopicCollector();
    c.addLabelColumn("País de nacimiento", new Set(["Francia", "Perú"]), false, true);
    c.addLabelColumn("Tipo de ayuda", new Set(["Alquiler", "Comedor"]), false, false);
    const topic = c.topic([
      { where: "sheet", text: "poblacion_pais_nacimiento_2022" },
      { where: "header", text: "Total" },
      { where: "header", text: "Extranjeros" },
    ]);
    // "tipo" frames a header like "type".
    expect(topicWords(topic)).toEqual(["ayuda"]);
  });
});
