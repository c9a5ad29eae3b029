// @vitest-environment happy-dom
import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import { findPageTables } from "./page-tables";
import { cardDoubt, mentionDoubt, tableDoubt } from "./card-doubt";
import { showIndicatorCard } from "./indicator-card";
import { tagPage } from "./page-tagger";
import { rangeForOffsets } from "./text-walker";

const table = (caption: string) => `<table><caption>${caption}</caption>
  <tr><th>Citizenship</th><th>2021</th><th>2022</th></tr>
  <tr><td>Eritrea</td><td>120</td><td>135</td></tr>
  <tr><td>Syria</td><td>98</td><td>110</td></tr>
  <tr><td>Turkey</td><td>50</td><td>60</td></tr></table>`;

describe("the card's doubt: evidence and runner-up where recognition is unsure", () => {
  test("a table read as a flow over a close stock carries core's runner-up and cue words", () => {
    document.body.innerHTML = `<p id="before">Immigration</p>${table("Immigrants arrived during the year, by citizenship")}`;
    const [found] = findPageTables(document);
    expect(found?.info.indicatorIds[0]).toBe("flow-immigration");
    expect(found?.info.doubt).toMatchObject({
      runnerUpId: "stock-immigrants",
      reason: "stock-or-flow",
    });
    expect(found?.info.doubt?.cues).toContain("during the year");
    expect(found?.info.doubt?.evidence).toContain("immigrants");
    // Hovered words before the table: the table after them gives the doubt.
    const near = document.getElementById("before")?.firstChild ?? undefined;
    expect(tableDoubt("flow-immigration", found ? [found] : [], near)).toEqual({
      reason: "stock-or-flow",
      evidence: found?.info.doubt?.evidence,
      runnerUpId: "stock-immigrants",
      cues: found?.info.doubt?.cues,
    });
    // Another indicator's card has no doubt from this table.
    expect(tableDoubt("stock-immigrants", found ? [found] : [], near)).toBeUndefined();
  });

  test("a clear winner carries no doubt", () => {
    document.body.innerHTML = table("Asylum applications by citizenship");
    const [found] = findPageTables(document);
    expect(found?.info.indicatorIds[0]).toBe("flow-asylum-applications");
    expect(found?.info.doubt).toBeUndefined();
  });

  test("words that name several indicators: what was read, and the other indicator", () => {
    const mention = {
      id: "flow-immigration",
      text: "immigrants",
      start: 0,
      end: 10,
      score: 0.6,
      alternatives: ["stock-immigrants", "flow-immigration"],
    };
    expect(mentionDoubt(mention)).toEqual({
      reason: "ambiguous-words",
      evidence: ["immigrants"],
      cues: [],
      runnerUpId: "stock-immigrants",
    });
    expect(mentionDoubt({ ...mention, score: 1, alternatives: undefined })).toBeUndefined();
    // A lower score alone (a weaker synonym, "immigration" on an English page) is no doubt: the
    // card must not claim other indicators share the words.
    expect(mentionDoubt({ ...mention, score: 0.85, alternatives: undefined })).toBeUndefined();
    expect(mentionDoubt({ ...mention, alternatives: ["flow-immigration"] })).toBeUndefined();
  });

  test("the card shows the reason, the evidence, the cues and the runner-up in the UI language", async () => {
    document.body.innerHTML = "";
    const card = await showIndicatorCard(document, new DOMRect(20, 20, 60, 16), {
      indicatorId: "flow-immigration",
      records: [],
      language: "fr",
      doubt: {
        reason: "stock-or-flow",
        evidence: ["immigrants"],
        runnerUpId: "stock-immigrants",
        cues: ["during the year"],
      },
    });
    const doubt = card?.querySelector(".doubt");
    expect(doubt?.getAttribute("data-reason")).toBe("stock-or-flow");
    expect(doubt?.textContent).toContain("Un stock et un flux des mêmes personnes");
    expect(doubt?.querySelector(".evidence")?.textContent).toBe("Indices : “immigrants”");
    expect(doubt?.querySelector(".cues")?.textContent).toBe(
      "Mots qui ont pesé : “during the year”",
    );
    const runnerUp = doubt?.querySelector<HTMLElement>(".runner-up");
    expect(runnerUp?.dataset["indicator"]).toBe("stock-immigrants");
    expect(runnerUp?.textContent).toMatch(/^Ou peut-être : /);
    expect(runnerUp?.textContent).not.toContain("stock-immigrants");
  });

  test("page words naming a stock and a flow: settled by their sentence as `gapmap tag` does, the card shows the evidence and the runner-up", async () => {
    document.documentElement.lang = "en";
    document.body.innerHTML = `
      <p>In 2023, 120,000 immigrants arrived in the country.</p>
      <p>Immigration enforcement cost 3 million dollars in 2022.</p>
      <p>About 4 million immigrants are resident.</p>`;
    const tagged = await tagPage(document, null, []);
    const [arrived, resident] = tagged.mentions.filter((m) => m.text === "immigrants");
    expect(arrived).toMatchObject({
      id: "flow-immigration",
      runnerUp: { id: "stock-immigrants", reason: "stock-or-flow", cues: ["arrived"] },
    });
    expect(resident).toMatchObject({
      id: "stock-immigrants",
      runnerUp: { id: "flow-immigration", cues: ["resident"] },
    });
    // The English modifier rule (the page's language is passed): "Immigration enforcement" is
    // about enforcement, not a count of immigration, though a figure stands in its sentence.
    expect(tagged.mentions.some((m) => m.text === "Immigration")).toBe(false);
    expect(tagged.state.lang.lang).toBe("en");

    if (arrived === undefined) return;
    const near = rangeForOffsets(tagged.page, arrived.start, arrived.end)?.startContainer;
    const doubt = cardDoubt(arrived.id, arrived, tagged.tables, near);
    expect(doubt).toEqual({
      reason: "stock-or-flow",
      evidence: ["immigrants"],
      runnerUpId: "stock-immigrants",
      cues: ["arrived"],
    });
    const card = await showIndicatorCard(document, new DOMRect(20, 20, 60, 16), {
      indicatorId: arrived.id,
      records: [],
      language: "en",
      ...(doubt === undefined ? {} : { doubt }),
    });
    const block = card?.querySelector(".doubt");
    expect(block?.querySelector(".evidence")?.textContent).toBe("Evidence: “immigrants”");
    expect(block?.querySelector(".cues")?.textContent).toBe("Words that weighed: “arrived”");
    const runnerUp = block?.querySelector<HTMLElement>(".runner-up");
    expect(runnerUp?.dataset["indicator"]).toBe("stock-immigrants");
    expect(runnerUp?.textContent).toMatch(/^Or perhaps: \S/);
  });

  test("words inside an unsure table get the table's doubt; elsewhere their own settles it", () => {
    document.body.innerHTML = `<p id="words">Immigrants</p>${table("Immigrants arrived during the year, by citizenship")}`;
    const [found] = findPageTables(document);
    const tables = found ? [found] : [];
    const own = {
      id: "flow-immigration",
      text: "Immigrants",
      start: 0,
      end: 10,
      score: 0.85,
      alternatives: ["stock-immigrants", "flow-immigration"],
      runnerUp: { id: "stock-immigrants", reason: "stock-or-flow" as const, cues: ["arrived"] },
    };
    const outside = document.getElementById("words")?.firstChild ?? undefined;
    expect(cardDoubt("flow-immigration", own, tables, outside)?.evidence).toEqual(["Immigrants"]);
    const inside = document.querySelector("caption")?.firstChild ?? undefined;
    expect(cardDoubt("flow-immigration", own, tables, inside)?.evidence).toEqual(
      found?.info.doubt?.evidence,
    );
  });
});
