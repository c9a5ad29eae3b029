/**
 * Issue 14's round trip in Node: assess the sample data, write the packs, fill three of them
 * as agencies would (one in full, one partly, one in full after inserting a row above its
 * tables), scan them back and assess again. Availability and gaps must change exactly as the
 * filled cells say, and nowhere else.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import {
  gapsOf,
  profileFromJson,
  profileFromPreset,
  profileToJson,
  readReturnedPack,
  readRequestKey,
  requestState,
  assessmentSchema,
  type Assessment,
  type AssessmentRow,
  type RequestKey,
} from "@gapmap/core";
import {
  fillPack,
  insertRowsAbove,
  loadWorkbook,
  saveWorkbook,
} from "@gapmap/core/requests/testing";
import { runCli } from "../testing/run-cli";

const SAMPLES = fileURLToPath(new URL("../../../samples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gapmap-round-trip-"));
const profilePath = join(dir, "profile.json");
const packDir = join(dir, "packs");
const returnedDir = join(dir, "returned");

async function keyOf(bytes: Uint8Array): Promise<RequestKey> {
  const key = await readRequestKey(bytes);
  if (key === undefined) throw new Error("pack without key");
  return key;
}

async function assess(out: string, ...scan: string[]): Promise<Assessment> {
  const result = await runCli(
    "assess",
    "--needs",
    profilePath,
    "--inventory",
    join(SAMPLES, "inventory.csv"),
    ...scan.flatMap((s) => ["--scan", s]),
    "--year",
    "2024",
    "--out",
    out,
  );
  // A returned pack reporting a series the inventory already holds from the same agency is a
  // merge conflict, reported with every version kept; nothing else may be said.
  const unexpected = result.err
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("conflict: GMREQ-"));
  expect(unexpected).toEqual([]);
  expect(result.code).toBe(0);
  return assessmentSchema.parse(JSON.parse(readFileSync(out, "utf8")));
}

const rowOf = (a: Assessment, id: string): AssessmentRow => {
  const row = a.rows.find((r) => r.indicator === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
};
const gapTypes = (row: AssessmentRow) =>
  gapsOf(row)
    .map((c) => c.type)
    .sort();

let before: Assessment;
let after: Assessment;
const filled: { full: RequestKey; partial: RequestKey; moved: RequestKey } = {} as never;

beforeAll(async () => {
  const profile = profileFromPreset(getCatalogue(), "migration-profile-core", {
    referenceYear: 2024,
  });
  writeFileSync(profilePath, profileToJson(profile));
  const made = await runCli(
    "requests",
    "--needs",
    profilePath,
    "--inventory",
    join(SAMPLES, "inventory.csv"),
    "--year",
    "2024",
    "--date",
    "2026-12-06",
    "--due",
    "2027-01-31",
    "--out-dir",
    packDir,
  );
  expect(made.code).toBe(0);
  before = await assess(join(dir, "before.json"));

  // The three packs asking for the most indicators, so every kind of table is exercised.
  const packs = await Promise.all(
    readdirSync(packDir).map(async (name) => {
      const bytes = new Uint8Array(readFileSync(join(packDir, name)));
      return { name, bytes, key: await keyOf(bytes) };
    }),
  );
  packs.sort((a, b) => b.key.tables.length - a.key.tables.length || a.name.localeCompare(b.name));
  const [full, partial, moved] = packs;
  if (full === undefined || partial === undefined || moved === undefined)
    throw new Error("fewer than three packs");
  mkdirSync(returnedDir);

  let workbook = await loadWorkbook(full.bytes);
  fillPack(workbook, full.key, () => true);
  const cover = workbook.getWorksheet(full.key.coverSheet);
  if (cover === undefined) throw new Error("no cover");
  cover.getCell("B11").value = "2027-01-15";
  writeFileSync(join(returnedDir, full.name), await saveWorkbook(workbook));

  // Partly: the totals only, and only the two earliest years.
  workbook = await loadWorkbook(partial.bytes);
  const earliest = Math.min(...partial.key.tables.flatMap((t) => t.yearColumns.map((y) => y.year)));
  fillPack(workbook, partial.key, (b) => b === "total", { years: (y) => y <= earliest + 1 });
  writeFileSync(join(returnedDir, partial.name), await saveWorkbook(workbook));

  // In full, after the ministry inserted a row above every table.
  workbook = await loadWorkbook(moved.bytes);
  for (const table of moved.key.tables) {
    const sheet = workbook.getWorksheet(table.sheet);
    if (sheet !== undefined) insertRowsAbove(sheet, 2, [["Prepared by the ministry's unit"]]);
  }
  fillPack(workbook, moved.key, () => true, { shift: 1, value: 7 });
  writeFileSync(join(returnedDir, moved.name), await saveWorkbook(workbook));
  Object.assign(filled, { full: full.key, partial: partial.key, moved: moved.key });

  const scan = await runCli(
    "scan",
    returnedDir,
    "--json",
    "--out",
    join(dir, "scan.json"),
    "--jobs",
    "1",
  );
  expect(scan.code).toBe(0);
  after = await assess(join(dir, "after.json"), join(dir, "scan.json"));
}, 240_000);

describe("round trip: packs out, filled packs back", () => {
  it("closes the data and breakdown gaps of every indicator returned in full", () => {
    for (const key of [filled.full, filled.moved])
      for (const table of key.tables) {
        const row = rowOf(after, table.indicator);
        expect(row.recordIds, table.indicator).toContain(`${key.requestId}:${table.indicator}`);
        expect(gapTypes(row), table.indicator).not.toContain("data");
        expect(gapTypes(row), table.indicator).not.toContain("disaggregation");
        // Coverage the pack fully answers leaves only gaps the pack cannot close.
        const was = rowOf(before, table.indicator);
        if (was.availability === "none") {
          const need = after.profile.indicators.find((n) => n.indicator === table.indicator);
          const coverageMet =
            need?.geography === "national" && ["annual", "multi-year"].includes(need.frequency);
          expect(row.availability, table.indicator).toBe(coverageMet ? "available" : "partial");
        }
      }
  });

  it("gives partial availability, not available, for a pack filled in part", () => {
    // Where the inventory held nothing, the pack alone decides; elsewhere the records combine.
    const onlyThePack = filled.partial.tables.filter(
      (t) => rowOf(before, t.indicator).recordIds.length === 0,
    );
    expect(onlyThePack.length).toBeGreaterThan(2);
    for (const table of onlyThePack) {
      const row = rowOf(after, table.indicator);
      expect(rowOf(before, table.indicator).availability).toBe("none");
      expect(row.availability, table.indicator).toBe("partial");
      expect(gapTypes(row), table.indicator).not.toContain("data");
      // Only two old years came back: the timeliness gap stays.
      expect(gapTypes(row), table.indicator).toContain("timeliness");
      const needsBreakdowns = table.rows.some((r) => r.breakdown !== "total");
      if (needsBreakdowns) expect(gapTypes(row), table.indicator).toContain("disaggregation");
    }
  });

  it("changes nothing for indicators no returned pack answered", () => {
    const answered = new Set(
      [filled.full, filled.partial, filled.moved].flatMap((k) => k.tables.map((t) => t.indicator)),
    );
    const untouched = before.rows.filter((r) => !answered.has(r.indicator));
    expect(untouched.length).toBeGreaterThan(10);
    for (const row of untouched) {
      const now = rowOf(after, row.indicator);
      expect(now.availability, row.indicator).toBe(row.availability);
      expect(gapTypes(now), row.indicator).toEqual(gapTypes(row));
    }
  });

  it("reports the inserted row and still reads the moved tables", async () => {
    const scan = JSON.parse(readFileSync(join(dir, "scan.json"), "utf8")) as {
      files: {
        file: string;
        dataRequest?: { requestId: string; tables: { changes: string[] }[] };
      }[];
    };
    const moved = scan.files.find((f) => f.dataRequest?.requestId === filled.moved.requestId);
    expect(moved?.dataRequest?.tables.length).toBe(filled.moved.tables.length);
    for (const table of moved?.dataRequest?.tables ?? [])
      expect(table.changes.join("; ")).toMatch(/row \d+, not \d+/);
    const full = scan.files.find((f) => f.dataRequest?.requestId === filled.full.requestId);
    expect(full?.dataRequest?.tables.every((t) => t.changes.length === 0)).toBe(true);
    expect(await readReturnedPack(new Uint8Array(readFileSync(moved?.file ?? "")))).toBeDefined();
  });

  it("records requested and received statuses with the profile, linked to the records", () => {
    const tracking = profileFromJson(readFileSync(profilePath, "utf8")).tracking;
    expect(tracking).toBeDefined();
    const status = (id: string) => tracking?.requests.find((r) => r.indicator === id);
    for (const table of filled.full.tables) {
      expect(status(table.indicator)).toMatchObject({
        requestedOn: "2026-12-06",
        due: "2027-01-31",
        received: { on: "2027-01-15", recordIds: [`${filled.full.requestId}:${table.indicator}`] },
      });
    }
    const returned = new Set(
      [filled.full, filled.partial, filled.moved].flatMap((k) => k.tables.map((t) => t.indicator)),
    );
    for (const r of tracking?.requests ?? [])
      expect(requestState(r), r.indicator).toBe(
        returned.has(r.indicator) ? "received" : "requested",
      );
    const newEvidence = tracking?.process.find((s) => s.step === "new-evidence");
    expect(newEvidence).toMatchObject({ status: "in-progress", auto: true });
    expect(after.profile.tracking).toEqual(tracking);
  });

  it("shows the statuses on the Action plan sheet and reports them in gapmap diff", async () => {
    const xlsx = join(dir, "after.xlsx");
    const written = await runCli(
      "assess",
      "--needs",
      profilePath,
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--scan",
      join(dir, "scan.json"),
      "--year",
      "2024",
      "--out",
      xlsx,
    );
    expect(written.code).toBe(0);
    const plan = (await loadWorkbook(new Uint8Array(readFileSync(xlsx)))).getWorksheet(
      "Action plan",
    );
    const header = (plan?.getRow(1).values ?? []) as unknown[];
    expect(header.slice(-2)).toEqual(["Request status", "Validation"]);
    const indicatorColumn = header.indexOf("Indicator");
    const statusColumn = header.indexOf("Request status");
    const full = filled.full.tables[0]?.indicator;
    let seen = 0;
    plan?.eachRow((row, n) => {
      if (n === 1 || row.getCell(indicatorColumn).value !== full) return;
      seen++;
      expect(row.getCell(statusColumn).value).toMatch(/^Received 2027-01-15 \(/);
    });
    expect(seen).toBeGreaterThan(0);

    const diff = await runCli("diff", join(dir, "before.json"), join(dir, "after.json"), "--json");
    const changes = (
      JSON.parse(diff.out) as { statusChanges: { indicator?: string; to: string }[] }
    ).statusChanges;
    const received = changes
      .filter((c) => c.to === "received")
      .map((c) => c.indicator)
      .sort();
    expect(received).toEqual(
      [filled.full, filled.partial, filled.moved]
        .flatMap((k) => k.tables.map((t) => t.indicator))
        .sort(),
    );
  });
});
