// @vitest-environment happy-dom
import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import { findPageTables, listTableSources, readingOf } from "./page-tables";
import { analyseTableReading, type TableReading } from "./table-analysis";

const PAGE = `<h2>Asylum applications by citizenship</h2><p>Note</p><table>
  <tr><th>Citizenship</th><th>2022</th><th>2023</th></tr>
  <tr><td>Syria</td><td>1 200</td><td>1 350</td></tr>
  <tr><td>Eritrea</td><td>900</td><td>1 010</td></tr></table>
  <table><caption>Immigrants by sex</caption>
  <tr><th>Year</th><th>Men</th><th>Women</th></tr>
  <tr><td>2021</td><td>10 500</td><td>9 800</td></tr>
  <tr><td>2022</td><td>11 200</td><td>10 100</td></tr></table>`;

describe("a table's analysis apart from the DOM", () => {
  test("a reading sent as data (JSON, as to another document) gives what the page's analysis gives", () => {
    document.body.innerHTML = PAGE;
    const inPage = findPageTables(document).map((t) => t.info);
    const readings = listTableSources(document).flatMap((source) => {
      const description = source.describe();
      return description === undefined ? [] : [readingOf(source, description)];
    });
    // The DOM is gone: the analysis has only the readings.
    document.body.innerHTML = "";
    const sent = JSON.parse(JSON.stringify(readings)) as TableReading[];
    const elsewhere = sent.flatMap((r) => analyseTableReading(r) ?? []);
    expect(elsewhere).toEqual(inPage);
    expect(elsewhere.map((t) => [t.name, t.nameSource])).toEqual([
      ["Asylum applications by citizenship", "heading"],
      ["Immigrants by sex", "caption"],
    ]);
    expect(elsewhere[0]?.indicatorIds.length).toBeGreaterThan(0);
  });
});
