// @vitest-environment happy-dom
/**
 * The table host must give the page what the page's own analysis does: real pages with tables
 * are tagged with no host at all and with an engine host and a table host behind fake ports
 * that copy every message as JSON, as runtime ports do (testing/fake-host-port.ts). A table host that errs, vanishes or
 * answers nonsense leaves the page to analyse the tables itself, with the same result.
 */
import "../testing/bundled-catalogue";
import { loadPage, REAL_PAGES } from "../testing/real-pages";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { tagPage } from "../highlight/page-tagger";
import { ENGINE_HOST_PORT, TABLE_HOST_PORT } from "../platform/messages";
import { REPLY_TIMEOUT_MS } from "./table-client";
import { tableSession } from "./table-session";
import { fakeHost } from "../testing/fake-host-port";

type Answer = (message: unknown) => unknown[];

/** Makes `chrome.runtime.connect` hand out a port per name; tells what the table host was sent. */
function installHosts(tables: Answer | "unreachable"): { tables: unknown[] } {
  const sent = { tables: [] as unknown[] };
  const connect = ({ name }: { name: string }) => {
    if (name === ENGINE_HOST_PORT) return fakeHost().port;
    if (name !== TABLE_HOST_PORT || tables === "unreachable") {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    }
    const host = fakeHost(tables);
    sent.tables = host.sent;
    return host.port;
  };
  (globalThis as unknown as { chrome?: unknown }).chrome = { runtime: { connect } };
  return sent;
}

afterEach(() => {
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
});

async function tablesOf(html: string) {
  loadPage(html);
  return (await tagPage(document, null, [])).state.tables;
}

const COUNTRIES = ["Syria", "Eritrea", "Afghanistan", "Ukraine", "Total"];
/** Chart data as a page's inline script keeps it: series of figures by year. */
const CHART = {
  xAxis: { categories: ["2020", "2021", "2022"] },
  title: { text: "Emigration by sex" },
  series: ["Men", "Women"].map((name, i) => ({ name, data: [210 + i, 230 + i, 250 + i] })),
};

/** One of a page's tables, named in turn by a heading, a caption and its header row alone. */
function table(i: number): string {
  const years = [2019 + (i % 3), 2020 + (i % 3), 2021 + (i % 3)];
  const head = `<tr><th>${i % 4 === 3 ? "Sex" : "Citizenship"}</th>${years.map((y) => `<th>${y}</th>`).join("")}</tr>`;
  const body = COUNTRIES.map(
    (c, r) =>
      `<tr><td>${c}</td>${years.map((_, k) => `<td>${(i * 7 + r * 13 + k * 101) % 9000}</td>`).join("")}</tr>`,
  ).join("");
  const names = [
    `<h3>Asylum applications by citizenship, table ${i}</h3><table>`,
    `<table><caption>Immigrants by country of birth (${i})</caption>`,
    "<p>Figures below.</p><table>",
    `<h3>Residence permits issued, ${i}</h3><table>`,
  ];
  return `${names[i % names.length] ?? ""}${head}${body}</table><p>Net migration rose again in ${2000 + i}.</p>`;
}

/** More tables than one batch holds, a chart kept in a script, and tables that hold no data. */
const PAGE = `<html lang="en"><body><h1>Migration statistics</h1>
  ${Array.from({ length: 40 }, (_, i) => table(i)).join("")}
  <table><tr><td>Menu</td><td>Home</td></tr></table>
  <table><tr><th>Name</th></tr><tr><td>No figures here</td></tr></table>
  <div id="chart"><script>Highcharts.chart("c", ${JSON.stringify(CHART)});</script></div>
  </body></html>`;

describe("the table host analyses what the page's own steps do", () => {
  test("on a page of many tables, in batches", async () => {
    const alone = await tablesOf(PAGE);
    const sent = installHosts(tableSession());
    const hosted = await tablesOf(PAGE);
    expect(sent.tables.length).toBeGreaterThan(1);
    expect(hosted).toEqual(alone);
    expect(alone).toHaveLength(41);
    expect(alone.filter((t) => t.indicatorIds.length > 0).length).toBeGreaterThan(20);
    expect(new Set(alone.map((t) => t.nameSource))).toEqual(
      new Set(["heading", "caption", "header-row"]),
    );
  });

  test.each(REAL_PAGES)("%s", async (_name, path) => {
    const html = readFileSync(path, "utf8");
    const alone = await tablesOf(html);
    installHosts(tableSession());
    expect(await tablesOf(html)).toEqual(alone);
  });

  test.each([
    ["an error reply", () => [{ type: "gapmap/host-error", error: "broken" }]],
    ["a reply of another shape", () => [{ type: "gapmap/host-tables", tables: [] }]],
    [
      "too few results",
      (raw: unknown) => [
        { type: "gapmap/host-tables", batch: (raw as { batch: number }).batch, tables: [] },
      ],
    ],
  ] as [string, Answer][])("analyses in the page after %s", async (_name, answer) => {
    const alone = await tablesOf(PAGE);
    const sent = installHosts(answer);
    await expect(tablesOf(PAGE)).resolves.toEqual(alone);
    expect(sent.tables.length).toBeGreaterThan(0);
  });

  test("analyses in the page, without waiting out the reply timeout, a host that never answers", async () => {
    const alone = await tablesOf(PAGE);
    const sent = installHosts(() => []);
    const from = performance.now();
    await expect(tablesOf(PAGE)).resolves.toEqual(alone);
    expect(sent.tables.length).toBeGreaterThan(0);
    expect(performance.now() - from).toBeLessThan(REPLY_TIMEOUT_MS);
  });

  test("analyses in the page when no table host can be reached", async () => {
    const alone = await tablesOf(PAGE);
    installHosts("unreachable");
    await expect(tablesOf(PAGE)).resolves.toEqual(alone);
  });
});
