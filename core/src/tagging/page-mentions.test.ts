import { describe, expect, it } from "vitest";
import type { Measure } from "../catalogue/vocabulary";
import { isAbroadIdiom } from "./abroad-idioms";
import type { Mention } from "./mention";
import { hasFigureNear, selectPageMentions, selectPageMentionsInSteps } from "./page-mentions";

/** A mention of `words` at its first place in `text`. */
function at(text: string, words: string, id: string, score = 1): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id, text: words, start, end: start + words.length, score };
}

const CONTEXT = new Set(["ctx-population"]);

describe("selectPageMentions", () => {
  it("drops mentions in boilerplate spans and keeps those in the content", () => {
    const text = "Immigration\nIn 2023, immigration rose to 120,000 people.";
    const menu = at(text, "Immigration", "flow-immigration", 0.85);
    const body = at(text, "immigration", "flow-immigration", 0.85);
    const kept = selectPageMentions([menu, body], text, {
      boilerplateSpans: [{ start: 0, end: 11 }],
      contextIds: CONTEXT,
    });
    expect(kept).toEqual([body]);
  });

  it("reports a vague word only where a figure or a date stands in its sentence", () => {
    const text =
      "The camp of refugees was shelled. Turkey already hosts 3.6 million refugees from Syria.";
    const place = at(text, "refugees", "stock-refugees-hosted", 0.85);
    const figure = {
      ...at(text, "refugees from", "stock-refugees-hosted", 0.85),
      text: "refugees",
    };
    figure.end = figure.start + "refugees".length;
    expect(hasFigureNear(text, place)).toBe(false);
    expect(hasFigureNear(text, figure)).toBe(true);
    // The figure makes the indicator reported: its other mentions in the content stay too.
    expect(selectPageMentions([place, figure], text, { contextIds: CONTEXT })).toHaveLength(2);
    expect(selectPageMentions([place], text, { contextIds: CONTEXT })).toEqual([]);
  });

  it("keeps a specific phrase the page names twice without a figure, not a single word", () => {
    const text =
      "Les demandes d'asile déposées sont examinées ; les réfugiés attendent. " +
      "Chaque mois, les demandes d'asile déposées sont publiées.";
    const phrase = at(text, "demandes d'asile déposées", "flow-asylum-applications");
    const again = {
      ...phrase,
      start: text.lastIndexOf("demandes"),
      end: text.lastIndexOf("demandes") + phrase.text.length,
    };
    const word = at(text, "réfugiés", "stock-refugees-hosted", 0.85);
    const kept = selectPageMentions([phrase, word, again], text, { contextIds: CONTEXT });
    expect(kept).toEqual([phrase, again]);
  });

  it("drops a specific phrase named once in passing, with no figure near it", () => {
    const aside =
      "Ils ne sont pas équipés pour accueillir des demandes d'asile. Enfin, il y a des pays d'immigration.";
    const once = at(aside, "demandes d'asile", "flow-asylum-applications");
    expect(selectPageMentions([once], aside, { contextIds: CONTEXT })).toEqual([]);
    const counted = "Ils ont reçu 1 200 demandes d'asile.";
    const withFigure = at(counted, "demandes d'asile", "flow-asylum-applications");
    expect(selectPageMentions([withFigure], counted, { contextIds: CONTEXT })).toEqual([
      withFigure,
    ]);
  });

  it("reports a policy named by a specific phrase only with a figure or a date", () => {
    const measureOf = (id: string): Measure => (id === "gov-legislation" ? "policy" : "flow");
    const passing = "If Congress passes an immigration law, the protection could be taken away.";
    const dated = "The immigration law of 2011 set up the residence permit.";
    const inPassing = at(passing, "immigration law", "gov-legislation");
    const withDate = at(dated, "immigration law", "gov-legislation");
    const options = { contextIds: CONTEXT, measureOf };
    expect(selectPageMentions([inPassing], passing, options)).toEqual([]);
    expect(selectPageMentions([withDate], dated, options)).toEqual([withDate]);
  });

  it("counts no figure in boilerplate and no version number", () => {
    const text =
      "Migrant Flows Totals\nThis work is licensed under a CC BY-NC 3.0 Unported License.";
    const menu = at(text, "Migrant Flows", "flow-immigration", 0.85);
    const licence = { start: text.indexOf("This"), end: text.length };
    expect(selectPageMentions([menu], text, { contextIds: CONTEXT })).toEqual([]);
    const dated = `${text.slice(0, licence.start)}Version 1.0 (June 2023).`;
    const inDated = at(dated, "Migrant Flows", "flow-immigration", 0.85);
    expect(selectPageMentions([inDated], dated, { contextIds: CONTEXT })).toEqual([inDated]);
    expect(
      selectPageMentions([inDated], dated, {
        contextIds: CONTEXT,
        boilerplateSpans: [{ start: licence.start, end: dated.length }],
      }),
    ).toEqual([]);
  });

  it("reads a whole date as a stamp, not a figure; a year alone still counts", () => {
    const stamped = "2 mars 2020 Partager Vous évoquez les politiques migratoires de la France";
    const byline = "April 21, 2022 Share The issue of immigration in the region";
    const year = "En 2020, les politiques migratoires ont changé";
    const options = { contextIds: CONTEXT };
    for (const text of [stamped, byline])
      expect(
        hasFigureNear(
          text,
          at(text, text.includes("mars") ? "politiques migratoires" : "immigration", "x"),
        ),
      ).toBe(false);
    expect(hasFigureNear(year, at(year, "politiques migratoires", "x"))).toBe(true);
    expect(
      selectPageMentions([at(year, "politiques migratoires", "x", 0.8)], year, options),
    ).toHaveLength(1);
  });

  it("drops a context word glued into a longer phrase, even with a figure", () => {
    const text = "Population density was 120 per km² in 2020.";
    const m = at(text, "Population", "ctx-population", 0.85);
    expect(selectPageMentions([m], text, { contextIds: CONTEXT })).toEqual([]);
  });

  it("reads a full stop before a lower-case word as an abbreviation's, not a sentence's end", () => {
    const text = "В 2022 году прибыло более 500 тыс. трудовых мигрантов из Средней Азии.";
    const m = at(text, "трудовых мигрантов", "stock-migrant-workers", 0.77);
    expect(hasFigureNear(text, m)).toBe(true);
    expect(selectPageMentions([m], text, { contextIds: CONTEXT })).toEqual([m]);
    // Before a capital, the full stop still ends the sentence: the figure is another's.
    const two = "Прибыло 500 тыс. Трудовых мигрантов стало меньше.";
    expect(hasFigureNear(two, at(two, "Трудовых мигрантов", "stock-migrant-workers", 0.77))).toBe(
      false,
    );
  });

  it("does not read 'del extranjero' (from abroad) as foreign citizens", () => {
    const text = "Llegaron 500.000 personas procedentes del extranjero en 2023.";
    const m = at(text, "extranjero", "stock-foreign-citizens", 0.77);
    expect(isAbroadIdiom(text, m)).toBe(true);
    expect(selectPageMentions([m], text, { contextIds: CONTEXT })).toEqual([]);
    const citizens = "Había 500.000 extranjeros residentes en 2023.";
    expect(isAbroadIdiom(citizens, at(citizens, "extranjeros", "stock-foreign-citizens"))).toBe(
      false,
    );
  });

  it("reads 'à l'étranger', 'из-за рубежа' and 'من الخارج' as abroad", () => {
    for (const [text, word] of [
      ["Ils vivent à l’étranger depuis 2010.", "étranger"],
      ["Прибыло из-за рубежа 12 тысяч человек.", "рубежа"],
      ["عاد 300 من الخارج", "الخارج"],
    ] as const)
      expect(isAbroadIdiom(text, at(text, word, "stock-foreign-citizens", 0.77))).toBe(true);
  });
});

describe("figures", () => {
  it("reads clock times and day/month stamps of news lists as no figure", () => {
    const text = "Ver noticia 10:32 am AP: China ocultó a la población la pandemia 01/11";
    expect(hasFigureNear(text, at(text, "población", "ctx-population", 0.85))).toBe(false);
    const real = "La población era de 46 millones.";
    expect(hasFigureNear(real, at(real, "población", "ctx-population", 0.85))).toBe(true);
  });

  it("reads dotted codes (SDG targets and indicators) as no figure, thousands groups as one", () => {
    for (const code of [
      "Indicator 10.7.4:",
      "Target 10.c.1:",
      "Indicator 17.3.2:",
      "Target 10.c:",
    ]) {
      const text = `${code} migration policies`;
      expect(hasFigureNear(text, at(text, "migration policies", "x")), text).toBe(false);
    }
    for (const figure of ["1.234.567 people", "10.7% of them", "2023"]) {
      const text = `migration policies: ${figure}`;
      expect(hasFigureNear(text, at(text, "migration policies", "x")), text).toBe(true);
    }
  });
});

describe("selectPageMentions: names, sentences, targets", () => {
  it("reports no indicator for the words of an organisation's name beside a figure", () => {
    const text =
      "In support of the plan, Immigration, Refugees and Citizenship Canada (IRCC) chose to release 10.5 floors.";
    const mentions = [
      at(text, "Immigration", "flow-immigration", 0.85),
      at(text, "Refugees", "stock-refugees-hosted", 0.85),
    ];
    expect(selectPageMentions(mentions, text, { contextIds: CONTEXT })).toEqual([]);
  });

  it("drops a phrase whose words run on over a sentence's end", () => {
    const text = "It's not just migrants. Workers will come out to communities in 2024.";
    const runOn = at(text, "migrants. Workers", "stock-migrant-workers", 0.9);
    expect(selectPageMentions([runOn], text, { contextIds: CONTEXT })).toEqual([]);
    const phrase = "In 2024, 200 migrant workers arrived.";
    const kept = at(phrase, "migrant workers", "stock-migrant-workers", 0.9);
    expect(selectPageMentions([kept], phrase, { contextIds: CONTEXT })).toEqual([kept]);
  });

  it("reports a context statistic named by a specific phrase only with a figure", () => {
    const bare = "The total population of the region is ageing. It has 300,000 immigrants.";
    const counted =
      "The total population of the region was 4.2 million. It has 300,000 immigrants.";
    const inBare = at(bare, "total population", "ctx-population");
    const inCounted = at(counted, "total population", "ctx-population");
    const group = (text: string) => at(text, "immigrants", "stock-immigrants", 0.85);
    expect(selectPageMentions([inBare, group(bare)], bare, { contextIds: CONTEXT })).toEqual([
      group(bare),
    ]);
    expect(
      selectPageMentions([inCounted, group(counted)], counted, { contextIds: CONTEXT }),
    ).toEqual([inCounted, group(counted)]);
  });

  it("reports a context statistic only beside a migration indicator", () => {
    const city = "The total population of the city was 4.2 million in 2020.";
    const inCity = at(city, "total population", "ctx-population");
    expect(selectPageMentions([inCity], city, { contextIds: CONTEXT })).toEqual([]);
  });

  it("lets no SDG target statement or ordinal lend its numbers as figures", () => {
    const target =
      "Remittances\n10.c By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances";
    expect(hasFigureNear(target, at(target, "Remittances", "remit-inflow", 0.85))).toBe(false);
    const code =
      "8.8 Protect labour rights and promote safe working environments for all workers, including migrant workers";
    expect(hasFigureNear(code, at(code, "migrant workers", "x"))).toBe(false);
    const ordinal = "The 14th Amendment excludes the children of foreign diplomats.";
    expect(hasFigureNear(ordinal, at(ordinal, "foreign", "x"))).toBe(false);
    const real = "In 2023 remittances rose to 3 per cent of GDP.";
    expect(hasFigureNear(real, at(real, "remittances", "remit-inflow", 0.85))).toBe(true);
  });
});

describe("selectPageMentionsInSteps", () => {
  it("splits a long page into many steps and reports what one call reports", () => {
    // 3,000 sentences: vague mentions, half of them with a figure in their sentence.
    const parts: string[] = [];
    const mentions: Mention[] = [];
    let offset = 0;
    for (let i = 0; i < 3000; i++) {
      const sentence =
        i % 2 === 0 ? `Refugees arrived in town ${i}. ` : "Refugees arrived in the town. ";
      const id = `id-${i % 7}`;
      mentions.push({ id, text: "Refugees", start: offset, end: offset + 8, score: 0.85 });
      parts.push(sentence);
      offset += sentence.length;
    }
    const text = parts.join("");
    const options = { contextIds: CONTEXT };
    const steps = selectPageMentionsInSteps(mentions, text, options);
    let count = 0;
    let next = steps.next();
    while (next.done !== true) {
      count++;
      next = steps.next();
    }
    expect(count).toBeGreaterThan(3);
    expect(next.value).toEqual(selectPageMentions(mentions, text, options));
    expect(next.value.length).toBeGreaterThan(0);
  });
});

describe("stock or flow on a page", () => {
  const MEASURES = new Map([
    ["stock-immigrants", "stock" as const],
    ["flow-immigration", "flow" as const],
  ]);
  const measureOf = (id: string) => MEASURES.get(id);
  const immigrants = (text: string, from = 0): Mention => {
    const start = text.indexOf("immigrants", from);
    return {
      id: "stock-immigrants",
      text: "immigrants",
      start,
      end: start + "immigrants".length,
      score: 0.85,
      alternatives: ["stock-immigrants", "flow-immigration"],
    };
  };

  it("lets period cues of the sentence make the flow win, the stock its runner-up", () => {
    const text = "In 2023, 120,000 immigrants arrived. About 4 million immigrants are resident.";
    const [arrived, resident] = selectPageMentions([immigrants(text), immigrants(text, 40)], text, {
      contextIds: CONTEXT,
      measureOf,
    });
    expect(arrived?.id).toBe("flow-immigration");
    expect(arrived?.runnerUp).toEqual({
      id: "stock-immigrants",
      reason: "stock-or-flow",
      cues: ["arrived"],
    });
    expect(resident?.id).toBe("stock-immigrants");
    expect(resident?.runnerUp).toMatchObject({ id: "flow-immigration", cues: ["resident"] });
  });

  it("lets the words glued to the mention decide where the sentence has cues of both kinds", () => {
    // "In 2022" is a period cue, "population" and "resident" time-point ones.
    const stock = "In 2022, the immigrant population was 7 million.";
    const start = stock.indexOf("immigrant");
    const mention = { ...immigrants(stock), start, end: start + 9, text: "immigrant" };
    const [kept] = selectPageMentions([mention], stock, { contextIds: CONTEXT, measureOf });
    expect(kept?.id).toBe("stock-immigrants");
    expect(kept?.runnerUp?.cues).toEqual(["population"]);
    const flow =
      "In 2022, 300,000 newly arrived immigrants joined a resident population of 7 million.";
    const [arrived] = selectPageMentions([immigrants(flow)], flow, {
      contextIds: CONTEXT,
      measureOf,
    });
    expect(arrived?.id).toBe("flow-immigration");
    expect(arrived?.runnerUp).toEqual({
      id: "stock-immigrants",
      reason: "stock-or-flow",
      cues: ["arrived"],
    });
  });

  it("keeps the catalogue's order, with the runner-up, where no cue speaks", () => {
    const text = "Some 4 million immigrants.";
    const [kept] = selectPageMentions([immigrants(text)], text, { contextIds: CONTEXT, measureOf });
    expect(kept?.id).toBe("stock-immigrants");
    expect(kept?.runnerUp).toEqual({ id: "flow-immigration", reason: "stock-or-flow", cues: [] });
    // Without measures (as before), nothing is added.
    expect(
      selectPageMentions([immigrants(text)], text, { contextIds: CONTEXT })[0]?.runnerUp,
    ).toBeUndefined();
  });
});
