import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("internal migration as statistics offices title it", () => {
  it("reads the yearbook's resettlers inside Russia and INE's interior migrations", () => {
    expect(first("Сведения о переселенцах внутри России")).toBe("flow-internal-migration");
    expect(first("Число переселенцев по губерниям отбытия")).toBe("flow-internal-migration");
    expect(first("Migraciones interiores. Resultados por comunidad autónoma")).toBe(
      "flow-internal-migration",
    );
    expect(first("Intermunicipal migration by community and province")).toBe(
      "flow-internal-migration",
    );
  });

  it("keeps forced migrants with the displaced, not with internal moves", () => {
    expect(first("вынужденные переселенцы")).toBe("stock-idps");
  });
});
