import { describe, expect, it } from "vitest";
import { exportBaseName } from "./export-assessment";

describe("export names", () => {
  it("carry the workbook's name, the preset and the time, so runs on one day never collide", () => {
    const morning = new Date(2026, 2, 1, 9, 5);
    const later = new Date(2026, 2, 1, 14, 30);
    expect(exportBaseName("Datos 2024 (final).xlsx", "migration-profile-core", morning)).toBe(
      "gapmap-Datos-2024-final-migration-profile-core-2026-03-01-0905",
    );
    expect(exportBaseName("Datos 2024 (final).xlsx", "migration-profile-core", later)).not.toBe(
      exportBaseName("Datos 2024 (final).xlsx", "migration-profile-core", morning),
    );
    expect(exportBaseName("ВнЖ и РВП.xls", "sdg-migration", morning)).toBe(
      "gapmap-ВнЖ-и-РВП-sdg-migration-2026-03-01-0905",
    );
    // Nothing of the name can reach a path or a formula.
    expect(exportBaseName("../=cmd|x.xlsx", "", morning)).toBe("gapmap-cmd-x-2026-03-01-0905");
  });
});
