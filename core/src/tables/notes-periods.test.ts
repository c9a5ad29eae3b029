import { describe, expect, it } from "vitest";
import { detectTables } from "./detect-tables";
import { periodsOfNotes } from "./notes-periods";
import { grid } from "./testing/grid";

const CENSUS_NOTE = [
  "Распределение иностранных подданных некоторых государств по губерниям жительства.",
  '"Общий свод по Империи результатов разработки, данных первой всеобщей переписи населения, произведенной 28 января 1897 года", С.-Пб. 1905.',
  "том 1, стр. 228-247.",
];

describe("years from a workbook's notes sheet", () => {
  it("takes the census date's year over the year of printing", () => {
    expect(periodsOfNotes(CENSUS_NOTE)).toEqual([{ year: 1897 }]);
  });

  it("takes a year the notes name alone, and none of several undated years", () => {
    expect(periodsOfNotes(["Foreign residents, 2011 census."])).toEqual([{ year: 2011 }]);
    expect(periodsOfNotes(["Yearbook 1915, p. 21; reports of 1908 and 1910."])).toEqual([]);
  });

  it("dates a table that nothing else dates", () => {
    const rows = [
      ["губ", "Германия муж", "Германия жен"],
      ["Архангельская", 16, 21],
      ["Астраханская", 78, 64],
      ["Бессарабская", 410, 380],
    ];
    const alone = detectTables(grid(rows, "Sheet2"), { index: null })[0];
    expect(alone?.periods.years).toEqual([]);
    const withNotes = detectTables(grid(rows, "Sheet2"), {
      index: null,
      workbookNotes: CENSUS_NOTE,
    });
    expect(withNotes[0]?.periods.years).toEqual([1897]);
  });
});
