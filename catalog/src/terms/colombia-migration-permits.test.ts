import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Colombia's regularisation permits", () => {
  it("reads the permits' names as permits issued", () => {
    expect(first("Permisos por Protección Temporal aprobados por departamento")).toBe(
      "flow-residence-permits",
    );
    expect(first("Permiso Especial de Permanencia expedidos")).toBe("flow-residence-permits");
  });
});
