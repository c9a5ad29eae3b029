import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Romania's statistics office and labour migration", () => {
  it("reads emigrants who changed domicile as the emigration flow", () => {
    expect(first("Emigranți cu schimbarea domiciliului, pe țări de destinație")).toBe(
      "flow-emigration",
    );
  });

  it("reads labour migration as one of its two indicators", () => {
    expect(["stock-migrant-workers", "flow-labour-emigration"]).toContain(
      first("Migrația forței de muncă"),
    );
  });
});
