import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Mexico's repatriations from the United States", () => {
  it("reads them as readmissions of nationals", () => {
    expect(first("Eventos de repatriación de mexicanos desde Estados Unidos")).toBe(
      "flow-readmissions",
    );
    expect(first("Connacionales repatriados por entidad federativa")).toBe("flow-readmissions");
  });
});
