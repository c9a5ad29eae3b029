import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanReportSchema } from "@gapmap/core";
import { realFixture } from "../../../test/fixtures/real-fixtures";
import { runCli } from "../testing/run-cli";

const run = runCli;

describe("gapmap scan", () => {
  it("--json reports the tables of a real workbook in the promised shape", async () => {
    const r = await run(
      "scan",
      realFixture("eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx"),
      "--json",
    );
    expect(r.code).toBe(0);
    const report = scanReportSchema.parse(JSON.parse(r.out));
    const [file] = report.files;
    expect(file?.ok).toBe(true);
    expect(file?.error).toBeUndefined();
    const tables = file?.sheets.flatMap((s) => s.tables) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    const t = tables[0];
    expect(t?.indicators[0]?.id).toBe("flow-asylum-applications");
    expect(typeof t?.indicators[0]?.evidence).toBe("string");
    expect(t?.periods.first).toBe(2020);
    expect(t?.periods.frequency).toBe("monthly");
    expect(t?.dimensions).toContainEqual({ kind: "country", role: "citizenship" });
  });

  it("reports a bad file with a clear error, still reports the good one, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapmap-scan-"));
    const bogus = join(dir, "budget.xlsx");
    writeFileSync(bogus, "this is not a workbook");
    const r = await run(
      "scan",
      bogus,
      realFixture("mx_tabla1_migracion_de_retorno_2020.xlsx"),
      "--json",
    );
    expect(r.code).toBe(1);
    const report = scanReportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.ok)).toEqual([false, true]);
    expect(report.files[0]?.error?.message).toMatch(/budget\.xlsx/);
    expect(report.files[1]?.sheets[0]?.tables[0]?.indicators[0]?.id).toBe("flow-return");
  });

  it("prints one readable line per table and flags the unit inconsistency", async () => {
    const r = await run(
      "scan",
      realFixture("cba_armenia_money_transfers_by_countries_2024-09.xlsx"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/annual in AMD .*remit-/);
    expect(r.out).toMatch(/says AMD/);
  });

  it("--out writes the report to a file instead of stdout", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "gapmap-scan-")), "scan.json");
    const r = await run(
      "scan",
      realFixture("mx_tabla1_migracion_de_retorno_2020.xlsx"),
      "--json",
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(scanReportSchema.parse(JSON.parse(readFileSync(out, "utf8"))).files).toHaveLength(1);
  });

  it("wrong usage exits 2", async () => {
    expect((await run("scan")).code).toBe(2);
    expect((await run("scan", "--bogus", "x.xlsx")).code).toBe(2);
  });
});
