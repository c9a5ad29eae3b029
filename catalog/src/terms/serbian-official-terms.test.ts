import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Serbian official terms, in either script", () => {
  it("reads the displaced persons' acronym and the office's word for net migration", () => {
    expect(first("IRL sa Kosova i Metohije po opštinama")).toBe("stock-idps");
    expect(first("Миграторни салдо по окрузима")).toBe("flow-net-migration");
  });

  it("reads Cyrillic headers through the Latin terms they spell", () => {
    expect(first("Досељени из иностранства")).toBe("flow-immigration");
    expect(first("Одсељени у иностранство")).toBe("flow-emigration");
    expect(first("Радне дозволе")).toBe("flow-work-permits");
    expect(first("ИРЛ по општинама")).toBe("stock-idps");
  });
});
