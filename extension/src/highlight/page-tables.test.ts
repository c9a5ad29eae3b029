// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";
import { describeHtmlTable } from "./page-tables";

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
