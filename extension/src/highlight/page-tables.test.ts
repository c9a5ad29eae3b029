// @vitest-environment happy-dom
import "../testing/bundled-catalogue";
import { describe, expect, test } from "vitest";
import { getCatalogueIndex } from "@gapmap/catalog";
import { detectTables } from "@gapmap/core/tables";
import { gridFromTableDescription } from "@gapmap/core/tagging";
import { describeHtmlTable, findPageTables } from "./page-tables";

describe("describeHtmlTable", () => {
  test("keeps spans, header cells and text, and names the table by its nearby heading", () => {
    document.body.innerHTML = `<h3>Asylum applications</h3><table>
      <tr><th rowspan="2">Citizenship</th><th colspan="2" class="years">Year</th></tr>
      <tr><th>2022</th><th>2023</th></tr>
      <tr><td>Syria</td><td id="a">1 200</td><td>1 350</td></tr></table>`;
    const table = document.querySelector("table");
    expect(table && describeHtmlTable(table)).toEqual({
      caption: "Asylum applications",
      rows: [
        {
          cells: [
            { text: "Citizenship", colSpan: 1, rowSpan: 2, header: true },
            { text: "Year", colSpan: 2, rowSpan: 1, header: true },
          ],
        },
        {
          cells: [
            { text: "2022", colSpan: 1, rowSpan: 1, header: true },
            { text: "2023", colSpan: 1, rowSpan: 1, header: true },
          ],
        },
        {
          cells: [
            { text: "Syria", colSpan: 1, rowSpan: 1, header: false },
            { text: "1 200", colSpan: 1, rowSpan: 1, header: false },
            { text: "1 350", colSpan: 1, rowSpan: 1, header: false },
          ],
        },
      ],
    });
  });
});

describe("findPageTables", () => {
  test("offers no guessed indicator: a table only core's word retrieval would name has none", () => {
    const caption = "Tasa de riesgo de pobreza por nacionalidad";
    document.body.innerHTML = `<table><caption>${caption}</caption>
      <tr><th>Nacionalidad</th><th>2022</th><th>2023</th></tr>
      <tr><td>Española</td><td>10</td><td>12</td></tr>
      <tr><td>Extranjera</td><td>20</td><td>22</td></tr></table>`;
    const table = document.querySelector("table");
    const description = table && describeHtmlTable(table);
    if (!description) throw new Error("no table description");
    // Core guesses for it (so the check below can fail)…
    const { grid } = gridFromTableDescription(description, caption);
    const core = detectTables(grid, { index: getCatalogueIndex() })[0];
    expect(core?.indicators[0]?.guess).toBe(true);
    // …the extension shows the table without an indicator rather than an unmarked guess.
    const [found] = findPageTables(document);
    expect(found?.info.caption).toBe(caption);
    expect(found?.info.indicatorIds).toEqual([]);
  });
});
