import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("official SDG indicator titles", () => {
  it("give the 8.5.2 title to the whole population's unemployment rate", () => {
    expect(first("Уровень безработицы в разбивке по полу, возрасту и признаку инвалидности")).toBe(
      "ctx-unemployment-rate",
    );
  });
});
