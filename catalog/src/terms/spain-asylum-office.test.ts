import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Spain's asylum office", () => {
  it("reads its applicants and its first-instance decisions", () => {
    expect(["flow-asylum-applications", "stock-asylum-seekers"]).toContain(
      first("Solicitantes de protección internacional por país de origen"),
    );
    expect(first("Propuestas de resolución favorables")).toBe("flow-asylum-decisions");
  });
});
