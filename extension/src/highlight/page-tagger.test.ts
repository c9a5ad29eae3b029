// @vitest-environment happy-dom
import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import type { IdleScheduler } from "./idle-slices";
import { tagPage } from "./page-tagger";
import { NODE_SEPARATOR, rangeForOffsets } from "./text-walker";

/** Runs every slice on a timer with a small budget, so the pass really spans many slices. */
function countingScheduler(): { schedule: IdleScheduler; slices: () => number } {
  let slices = 0;
  return {
    schedule: (cb) => {
      slices++;
      setTimeout(() => {
        let budget = 3; // steps allowed in this slice
        cb({ timeRemaining: () => (budget-- > 0 ? 1 : 0) });
      }, 0);
    },
    slices: () => slices,
  };
}

const PAGE = `
  <h1>Statistiques</h1>
  <p>Les <em>demandes</em> d'asile ont augmenté en 2014.</p>
  <script>var text = "demandes d'asile";</script>
  <h2>Asylum applications by citizenship</h2>
  <table>
    <tr><th>Citizenship</th><th>2012</th><th>2013</th><th>2014</th></tr>
    <tr><td>Eritrea</td><td>4407</td><td>2563</td><td>6923</td></tr>
    <tr><td>Syria</td><td>1229</td><td>1901</td><td>3819</td></tr>
    <tr><td>Afghanistan</td><td>1016</td><td>892</td><td>747</td></tr>
  </table>
  <div>Net migration</div><div>flows</div>`;

describe("tagging a page in idle slices with core's stream", () => {
  test("finds mentions across inline markup, not across blocks, and maps them to ranges", async () => {
    document.body.innerHTML = PAGE;
    const { schedule, slices } = countingScheduler();
    const tagged = await tagPage(document, null, [], schedule);
    expect(slices()).toBeGreaterThan(3);
    const asylum = tagged.mentions.find((m) => m.id === "flow-asylum-applications");
    expect(asylum).toBeDefined();
    if (!asylum) return;
    const range = rangeForOffsets(tagged.page, asylum.start, asylum.end);
    expect(range?.toString().replace(/\s+/g, " ")).toBe("demandes d'asile");
    // The script's copy of the words is never tagged: exactly one mention in the paragraph.
    expect(tagged.mentions.filter((m) => m.text.includes("asile"))).toHaveLength(1);
    for (const m of tagged.mentions) {
      // Mention text counts the node separator; the DOM range has the nodes' own text.
      const expected = m.text.split(NODE_SEPARATOR).join("");
      expect(rangeForOffsets(tagged.page, m.start, m.end)?.toString()).toBe(expected);
    }
    expect(tagged.state.mentions.map((m) => m.indicatorId)).toContain("flow-asylum-applications");
  });

  test("reads the HTML table with core's detection: years, breakdown and a caption", async () => {
    document.body.innerHTML = PAGE;
    const tagged = await tagPage(document, null, []);
    const [table] = tagged.state.tables;
    expect(tagged.state.tables).toHaveLength(1);
    expect(table?.source).toBe("table");
    expect(table?.years).toEqual([2012, 2013, 2014]);
    expect(table?.caption).toBe("Asylum applications by citizenship");
    expect(table?.breakdowns).toContain("country");
    expect(table?.indicatorIds).toContain("flow-asylum-applications");
    expect(tagged.elapsedMs).toBeGreaterThan(0);
  });

  test("reads chart data kept only in an inline script, without running it", async () => {
    const chart = {
      title: { text: "Immigration" },
      xAxis: { categories: ["2019", "2020", "2021"] },
      yAxis: { title: { text: "Immigrants by sex" } },
      series: [
        { name: "Men", data: [100, 120, 130] },
        { name: "Women", data: [90, 110, 125] },
      ],
    };
    document.body.innerHTML = `<div id="chart"><script>window.ran = true; Highcharts.chart("c", ${JSON.stringify(chart)});</script></div>`;
    const tagged = await tagPage(document, null, []);
    const scripted = tagged.state.tables.find((t) => t.source === "script");
    expect(scripted?.selector).toContain("script");
    expect(scripted?.years).toEqual([2019, 2020, 2021]);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });
});
