import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readReturnedPack } from "@gapmap/core";
import { runCli } from "../testing/run-cli";

const SAMPLES = fileURLToPath(new URL("../../../samples/", import.meta.url));

describe("gapmap requests", () => {
  it("writes one pack per agency, named by agency and date, and lists what each asks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapmap-requests-"));
    const result = await runCli(
      "requests",
      "--needs",
      "migration-profile-core",
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--year",
      "2024",
      "--date",
      "2026-12-06",
      "--lang",
      "ru",
      "--out-dir",
      dir,
    );
    expect(result.code).toBe(0);
    const files = readdirSync(dir).sort();
    const listed = [...result.out.matchAll(/^(\S+\.xlsx)$/gm)].map((m) =>
      m[1]?.slice(dir.length + 1),
    );
    expect(files).toEqual([...listed].sort());
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(file).toMatch(/^request-[\p{L}\p{N}-]+-2026-12-06\.xlsx$/u);
    // Names in the pack's language, from the catalogue's display names.
    expect(result.out).toContain("Выявленные жертвы торговли людьми");

    const border = files.find((f) => f.includes("border-police"));
    expect(border).toBeDefined();
    const reading = await readReturnedPack(new Uint8Array(readFileSync(join(dir, border ?? ""))));
    expect(reading?.lang).toBe("ru");
    expect(reading?.tables.length).toBeGreaterThan(0);
    expect(reading?.tables.every((t) => t.filledCells === 0 && t.changes.length === 0)).toBe(true);
  });

  it("explains wrong usage", async () => {
    const noDir = await runCli("requests", "--needs", "migration-profile-core");
    expect(noDir.code).toBe(2);
    expect(noDir.err).toMatch(/--out-dir/);
    const badLang = await runCli("requests", "--needs", "x", "--out-dir", "y", "--lang", "de");
    expect(badLang.code).toBe(2);
    expect(badLang.err).toMatch(/--lang must be one of/);
  });
});
