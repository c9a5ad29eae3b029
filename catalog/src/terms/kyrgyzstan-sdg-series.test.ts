import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Kyrgyzstan's Russian SDG series names", () => {
  it("name their indicator where the catalogue's own Russian words did not", () => {
    expect(
      first("Количество случаев смерти или исчезновения, зарегистрированных в процессе миграции"),
    ).toBe("flow-missing-migrants");
    expect(first("Объем переводов (в долларах США) в процентном отношении к ВВП")).toBe(
      "remit-inflow-gdp",
    );
    expect(first("Число стран, проводящих хорошо продуманную миграционную политику")).toBe(
      "gov-migration-policy",
    );
  });
});
