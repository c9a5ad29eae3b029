import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("the Palermo Protocols' names of the two crimes", () => {
  it("read trafficking in persons as its victims and smuggling as smuggling, in each language", () => {
    expect(first("الاتجار بالأشخاص")).toBe("flow-trafficking-victims");
    expect(first("La traite des personnes au Québec")).toBe("flow-trafficking-victims");
    expect(first("تهريب المهاجرين")).toBe("flow-smuggling");
    expect(first("trafic illicite de migrants")).toBe("flow-smuggling");
    expect(first("krijumčarenje migranata")).toBe("flow-smuggling");
    expect(first("Casos de tráfico ilícito de migrantes")).toBe("flow-smuggling");
    expect(first("Незаконный ввоз мигрантов")).toBe("flow-smuggling");
  });
});
