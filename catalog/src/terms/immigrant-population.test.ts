import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("immigrants and nationals abroad named as a population", () => {
  it("reads Canadian French «population immigrante» as the immigrant stock, not the population", () => {
    expect(first("Population immigrante selon le lieu de naissance")).toBe("stock-immigrants");
    expect(first("Proportion de la population immigrante")).not.toBe("ctx-population");
  });

  it("reads Egyptians abroad as the stock of emigrants", () => {
    expect(first("عدد المصريين بالخارج")).toBe("stock-emigrants");
    expect(first("Población de mexicanos en el exterior")).toBe("stock-emigrants");
  });
});
