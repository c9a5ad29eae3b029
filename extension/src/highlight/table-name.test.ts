// @vitest-environment happy-dom
import { describe, expect, test } from "vitest";
import { describeHtmlTable, tableName } from "./page-tables";

function nameOf(html: string) {
  document.body.innerHTML = html;
  const table = document.querySelector("table");
  if (table === null) throw new Error("no table");
  return tableName(table, describeHtmlTable(table));
}

describe("table names in the side panel", () => {
  test("caption first", () => {
    expect(
      nameOf(
        "<h2>Section</h2><table><caption> Asylum  applications </caption><tr><th>Year</th></tr></table>",
      ),
    ).toEqual({ name: "Asylum applications", nameSource: "caption" });
  });

  test("then the nearest heading, also one level up", () => {
    expect(nameOf("<h3>Remittances</h3><p>Note</p><table><tr><th>Year</th></tr></table>")).toEqual({
      name: "Remittances",
      nameSource: "heading",
    });
    expect(
      nameOf("<h2>Net migration</h2><div class='wrap'><table><tr><th>Year</th></tr></table></div>"),
    ).toEqual({ name: "Net migration", nameSource: "heading" });
  });

  test("then the first header row; never a CSS selector", () => {
    expect(
      nameOf("<table><tr><th>Country</th><th></th><th>2019</th></tr><tr><td>X</td></tr></table>"),
    ).toEqual({ name: "Country · 2019", nameSource: "header-row" });
    expect(nameOf("<table><tr><td></td></tr></table>")).toEqual({ name: "", nameSource: "none" });
  });
});
