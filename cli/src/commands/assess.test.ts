import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { assessmentFromJson, diffAssessments, fromXlsx } from "@gapmap/core";
import { runCli } from "../testing/run-cli";

const SAMPLES = fileURLToPath(new URL("../../../samples/", import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), "gapmap-assess-"));

const run = runCli;

describe("gapmap assess", () => {
  it("assesses a hand-filled inventory against a preset and writes JSON, CSV or xlsx", async () => {
    const dir = tmp();
    const inventory = join(SAMPLES, "inventory.csv");
    const json = await run(
      "assess",
      "--needs",
      "sdg-migration",
      "--inventory",
      inventory,
      "--year",
      "2024",
      "--out",
      join(dir, "a.json"),
    );
    expect(json.code).toBe(0);
    expect(json.out).toMatch(/SDG migration indicators/);
    const assessment = assessmentFromJson(readFileSync(join(dir, "a.json"), "utf8"));
    expect(assessment.rows.length).toBe(assessment.profile.indicators.length);
    expect(assessment.rows.every((r) => r.availability === "none" || r.recordIds.length > 0)).toBe(
      true,
    );

    const csv = await run(
      "assess",
      "--needs",
      "sdg-migration",
      "--inventory",
      inventory,
      "--format",
      "csv",
      "--out",
      join(dir, "a.csv"),
    );
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toMatch(/flow-missing-migrants/);

    const xlsx = await run(
      "assess",
      "--needs",
      "migration-profile-core",
      "--inventory",
      inventory,
      "--out",
      join(dir, "m.xlsx"),
    );
    expect(xlsx.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "m.xlsx"));
    expect(wb.getWorksheet("Gap matrix")).toBeDefined();
  });

  it("lists duplicates when the same inventory is given twice, and drops nothing silently", async () => {
    const inventory = join(SAMPLES, "inventory.csv");
    const r = await run(
      "assess",
      "--needs",
      "sdg-migration",
      "--inventory",
      inventory,
      "--inventory",
      inventory,
    );
    expect(r.code).toBe(0);
    expect(r.err.match(/^duplicate: /gm)?.length).toBe(6);
  });

  it("rejects a malformed inventory as a whole, naming the row and field", async () => {
    const dir = tmp();
    const lines = readFileSync(join(SAMPLES, "inventory.csv"), "utf8").split("\r\n");
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      [lines[0], lines[1]?.replace("annual", "fortnightly"), ...lines.slice(2)].join("\r\n"),
    );
    const r = await run("assess", "--needs", "sdg-migration", "--inventory", bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/row 2, periodicity/);
    expect(r.out).toBe("");
  });

  it("explains wrong usage and unknown presets", async () => {
    expect((await run("assess")).code).toBe(2);
    expect((await run("assess", "--needs", "sdg-migration", "--format", "pdf")).code).toBe(2);
    const unknown = await run("assess", "--needs", "everything");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/neither a preset .*migration-profile-core/);
  });
});

describe("gapmap diff", () => {
  it("reports gaps closed between two editions", async () => {
    const dir = tmp();
    const scan = join(dir, "scan.json");
    expect(
      (
        await run(
          "scan",
          join(SAMPLES, "workbooks/ministry-of-interior-migration-2019-2023.xlsx"),
          "--json",
          "--out",
          scan,
        )
      ).code,
    ).toBe(0);
    const base = [
      "assess",
      "--needs",
      "migration-profile-core",
      "--year",
      "2024",
      "--format",
      "json",
    ];
    await run(
      ...base,
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--out",
      join(dir, "old.json"),
    );
    await run(
      ...base,
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--scan",
      scan,
      "--out",
      join(dir, "new.json"),
    );

    const r = await run("diff", join(dir, "old.json"), join(dir, "new.json"), "--json");
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.out) as ReturnType<typeof diffAssessments>;
    expect(diff.closed.map((g) => `${g.indicator} ${g.type}`)).toContain("flow-immigration data");
    const text = await run("diff", join(dir, "old.json"), join(dir, "new.json"));
    expect(text.out).toMatch(/closed\s+flow-immigration data/);
  });

  it("refuses files that are not assessments", async () => {
    const r = await run("diff", join(SAMPLES, "inventory.csv"), join(SAMPLES, "inventory.csv"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not an assessment/);
  });
});

describe("gapmap template", () => {
  it("writes a template that reads back as an empty inventory", async () => {
    const out = join(tmp(), "template.xlsx");
    expect((await run("template", "--out", out)).code).toBe(0);
    const inventory = await fromXlsx(new Uint8Array(readFileSync(out)));
    expect(inventory.records).toEqual([]);
  });
});
