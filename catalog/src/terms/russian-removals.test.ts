import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Russia's removal decisions", () => {
  it("are removals, readmission apart", () => {
    expect(first("Решения об административном выдворении")).toBe("flow-removals");
    expect(first("исполнено решений о депортации")).toBe("flow-removals");
    expect(first("реадмиссия")).toBe("flow-readmissions");
  });
});
