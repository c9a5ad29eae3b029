/** `gapmap requests` with the TWG's indicator → agency map, and its default addressees. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import { profileFromJson, profileFromPreset, profileToJson } from "@gapmap/core";
import { runCli } from "../testing/run-cli";

const SAMPLES = fileURLToPath(new URL("../../../samples/", import.meta.url));
const SAMPLE_INPUTS = [
  "--inventory",
  join(SAMPLES, "inventory.csv"),
  "--year",
  "2024",
  "--date",
  "2026-12-06",
];

function profileIn(dir: string): string {
  const path = join(dir, "profile.json");
  const profile = profileFromPreset(getCatalogue(), "migration-profile-core", {
    referenceYear: 2024,
  });
  writeFileSync(path, profileToJson(profile));
  return path;
}

/** `gapmap requests` on the sample inventory, for these needs, with these options. */
const requests = (needs: string, ...options: string[]) =>
  runCli("requests", "--needs", needs, ...SAMPLE_INPUTS, ...options);

const agenciesListed = (out: string) =>
  [...out.matchAll(/^ {2}to (.+), \d+ indicators?:$/gm)].map((m) => m[1]);

describe("gapmap requests: agencies", () => {
  it("sends the sample data's requests to national agencies only, one pack each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapmap-agencies-"));
    const result = await requests("migration-profile-core", "--out-dir", dir);
    expect(result.code).toBe(0);
    const agencies = agenciesListed(result.out);
    expect(readdirSync(dir)).toHaveLength(agencies.length);
    const catalogue = getCatalogue();
    const international = new Set(
      catalogue.sourceTypes.filter((s) => s.category === "international").map((s) => s.producer),
    );
    const national = new Set(catalogue.sourceTypes.map((s) => s.requestAgency));
    // The sample inventory holds UNHCR, UN DESA and World Bank records: none is an addressee.
    expect(agencies.filter((a) => international.has(a ?? ""))).toEqual([]);
    expect(agencies.filter((a) => !national.has(a ?? ""))).toEqual([]);
    expect(new Set(agencies).size).toBe(agencies.length);
  });

  it("writes the map in force, and a map edited from it readdresses the packs and the tracking", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapmap-agencies-"));
    const profile = profileIn(dir);
    const mapPath = join(dir, "map.csv");
    const written = await requests(profile, "--write-agencies", mapPath);
    expect(written.code).toBe(0);
    expect(written.out).toMatch(/map\.csv: \d+ indicators, \d+ agencies/);
    // Only the map: no pack, and the profile's tracking untouched.
    expect(readdirSync(dir).sort()).toEqual(["map.csv", "profile.json"]);
    expect(profileFromJson(readFileSync(profile, "utf8")).tracking).toBeUndefined();

    const lines = readFileSync(mapPath, "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFindicator,name,agency,contact");
    const visas = lines.findIndex((l) => l.startsWith("flow-visas,"));
    expect(visas).toBeGreaterThan(0);
    lines[visas] = 'flow-visas,Visas issued,"Consular Department, MFA",consular@mfa.example';
    writeFileSync(mapPath, lines.join("\r\n"));

    const packDir = join(dir, "packs");
    const result = await requests(profile, "--agencies", mapPath, "--out-dir", packDir);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "to Consular Department, MFA (consular@mfa.example), 1 indicator:\n  - flow-visas",
    );
    expect(readdirSync(packDir)).toContain("request-consular-department-mfa-2026-12-06.xlsx");
    const status = profileFromJson(readFileSync(profile, "utf8")).tracking?.requests.find(
      (r) => r.indicator === "flow-visas",
    );
    expect(status).toMatchObject({
      focalAgency: "Consular Department, MFA",
      requestedOn: "2026-12-06",
    });
  });

  it("refuses a bad map, naming each bad row, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapmap-agencies-"));
    const profile = profileIn(dir);
    const mapPath = join(dir, "map.csv");
    writeFileSync(mapPath, "indicator;agency\nflow-visas;MFA\nflow-visaz;MFA\nstock-idps;\n");
    const packDir = join(dir, "packs");
    const result = await requests(profile, "--agencies", mapPath, "--out-dir", packDir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('row 3: unknown indicator ID "flow-visaz"');
    expect(result.err).toContain("row 4: the agency is empty");
    expect(result.err).toContain("No data-request pack was written.");
    expect(result.err).not.toMatch(/^\s+at /m);
    expect(existsSync(packDir)).toBe(false);
    expect(profileFromJson(readFileSync(profile, "utf8")).tracking).toBeUndefined();

    const missing = await runCli(
      "requests",
      "--needs",
      profile,
      "--agencies",
      join(dir, "none.csv"),
      "--out-dir",
      packDir,
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/could not read the agency map .*none\.csv/);
  });
});
