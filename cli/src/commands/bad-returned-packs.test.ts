/**
 * Issue 14's bad input through the real commands: a returned pack from another profile, a pack
 * with text in number cells and a pack whose key was removed, each through `gapmap scan` and
 * `gapmap assess --scan`. Each gets a clear error (no stack trace) or is imported as a guess
 * that says so; nothing of a refused pack reaches the assessment or the profile's tracking.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { getCatalogue } from "@gapmap/catalog";
import {
  REQUEST_KEY_SHEET,
  assessmentSchema,
  profileFromJson,
  profileFromPreset,
  profileToJson,
  readRequestKey,
  recordsFromScan,
  type RequestKey,
} from "@gapmap/core";
import { fillPack, loadWorkbook, saveWorkbook } from "@gapmap/core/requests/testing";
import { runCli } from "../testing/run-cli";

const SAMPLES = fileURLToPath(new URL("../../../samples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gapmap-bad-packs-"));
const profilePath = join(dir, "profile.json");
const STACK_LINE = /^\s+at /m;

interface Pack {
  name: string;
  bytes: Uint8Array;
  key: RequestKey;
}
type Workbook = Awaited<ReturnType<typeof loadWorkbook>>;

async function packsIn(folder: string): Promise<Pack[]> {
  return Promise.all(
    readdirSync(folder).map(async (name) => {
      const bytes = new Uint8Array(readFileSync(join(folder, name)));
      const key = await readRequestKey(bytes);
      if (key === undefined) throw new Error(`${name} has no key`);
      return { name, bytes, key };
    }),
  );
}

/** The pack asking for the most indicators, so a refusal has good tables it must not import. */
function biggest(packs: readonly Pack[]): Pack {
  const pack = [...packs].sort((a, b) => b.key.tables.length - a.key.tables.length)[0];
  if (pack === undefined) throw new Error("no pack");
  return pack;
}

/** `pack` filled in full, then changed by `edit`, saved in the folder `folder` as `fileName`. */
async function returned(
  folder: string,
  pack: Pack,
  edit: (w: Workbook) => void,
  fileName = pack.name,
) {
  mkdirSync(join(dir, folder), { recursive: true });
  const workbook = await loadWorkbook(pack.bytes);
  fillPack(workbook, pack.key, () => true);
  edit(workbook);
  const path = join(dir, folder, fileName);
  writeFileSync(path, await saveWorkbook(workbook));
  return path;
}

/** `gapmap scan` of a folder, as text and as the JSON report assess reads. */
async function scan(folder: string) {
  const report = join(dir, `${folder}.json`);
  const json = await runCli("scan", join(dir, folder), "--json", "--out", report, "--jobs", "1");
  const text = await runCli("scan", join(dir, folder), "--jobs", "1");
  return { json, text, report };
}

function assess(report: string, out: string) {
  return runCli(
    "assess",
    "--needs",
    profilePath,
    "--inventory",
    join(SAMPLES, "inventory.csv"),
    "--scan",
    report,
    "--year",
    "2024",
    "--out",
    out,
  );
}

const receivedIndicators = () =>
  (profileFromJson(readFileSync(profilePath, "utf8")).tracking?.requests ?? [])
    .filter((r) => r.received !== undefined)
    .map((r) => r.indicator);
const recordIdsIn = (assessment: string) =>
  assessmentSchema
    .parse(JSON.parse(readFileSync(assessment, "utf8")))
    .rows.flatMap((r) => r.recordIds);

let ours: Pack[] = [];
let theirs: Pack[] = [];

beforeAll(async () => {
  const profile = profileFromPreset(getCatalogue(), "migration-profile-core", {
    referenceYear: 2024,
  });
  writeFileSync(profilePath, profileToJson(profile));
  const request = (needs: string, outDir: string) =>
    runCli(
      "requests",
      "--needs",
      needs,
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--year",
      "2024",
      "--date",
      "2026-12-06",
      "--out-dir",
      join(dir, outDir),
    );
  expect((await request(profilePath, "packs")).code).toBe(0);
  expect((await request("sdg-migration", "other-packs")).code).toBe(0);
  ours = await packsIn(join(dir, "packs"));
  theirs = await packsIn(join(dir, "other-packs"));
}, 120_000);

describe("returned packs that cannot be read exactly, through gapmap scan and assess", () => {
  it("refuses a pack from another profile at assess, with every other pack of the run", async () => {
    await returned("other-profile", biggest(theirs), () => undefined);
    const scanned = await scan("other-profile");
    // The scan cannot know the profile: it reads the pack by its key.
    expect(scanned.json.code).toBe(0);
    expect(scanned.text.out).toMatch(/read by its key/);

    // Beside a good pack of ours, the whole run is refused: nothing half-imported.
    await returned("mixed", biggest(theirs), () => undefined, "theirs.xlsx");
    await returned("mixed", biggest(ours), () => undefined, "ours.xlsx");
    const mixed = await scan("mixed");
    expect(mixed.json.code).toBe(0);

    const out = join(dir, "other-profile-assessment.json");
    for (const report of [scanned.report, mixed.report]) {
      const result = await assess(report, out);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        /was made for the profile "SDG migration indicators", not "Migration Profile core"/,
      );
      expect(result.err).toMatch(/Nothing was imported; rescan without these files\./);
      expect(result.err).not.toMatch(STACK_LINE);
      expect(existsSync(out)).toBe(false);
      expect(receivedIndicators()).toEqual([]);
    }
    // The report reads the same scan reports: no page of it may come from that pack either.
    const docx = join(dir, "report.docx");
    const report = await runCli(
      "report",
      "--needs",
      profilePath,
      "--scan",
      scanned.report,
      "--year",
      "2024",
      "--out",
      docx,
    );
    expect(report.code).toBe(1);
    expect(report.err).toMatch(/was made for the profile "SDG migration indicators"/);
    expect(existsSync(docx)).toBe(false);
  });

  it("refuses a pack with text in a number cell, whole, naming the cells", async () => {
    const pack = biggest(ours);
    const last = pack.key.tables.at(-1);
    if (last === undefined) throw new Error("no table");
    // Every table filled with numbers, then words in the last table's total row.
    await returned("text-in-numbers", pack, (workbook) => {
      fillPack(workbook, { tables: [last] }, (b) => b === "total", { value: "about 300" });
    });
    const scanned = await scan("text-in-numbers");
    expect(scanned.json.code).toBe(1);
    expect(scanned.text.code).toBe(1);
    expect(scanned.text.out).toMatch(
      new RegExp(
        `✗ .*${pack.name}: sheet "${last.sheet}" cell [A-Z]+\\d+: "about 300" is not a number`,
      ),
    );
    expect(scanned.text.err + scanned.json.err).not.toMatch(STACK_LINE);
    // The scan report holds no table of it, so no record can come from it.
    expect(recordsFromScan(JSON.parse(readFileSync(scanned.report, "utf8")))).toEqual([]);

    const out = join(dir, "text-assessment.json");
    const result = await assess(scanned.report, out);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      new RegExp(
        `${pack.name}: data-request pack refused by the scan; nothing of it was imported \\(sheet "`,
      ),
    );
    expect(result.err).not.toMatch(STACK_LINE);
    const ids = recordIdsIn(out);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => id.includes(pack.key.requestId) || id.includes(pack.name))).toEqual(
      [],
    );
    expect(receivedIndicators()).toEqual([]);
  });

  it("imports a pack whose key was removed as guesses, and says so", async () => {
    const pack = biggest(ours);
    const path = await returned("no-key", pack, (workbook) => {
      const key = workbook.getWorksheet(REQUEST_KEY_SHEET);
      if (key === undefined) throw new Error("no key sheet");
      workbook.removeWorksheet(key.id);
    });
    const scanned = await scan("no-key");
    expect(scanned.json.code).toBe(0);
    expect(scanned.text.out).toMatch(
      new RegExp(
        `! this is data-request pack ${pack.key.requestId}, but its hidden key was removed`,
      ),
    );
    expect(scanned.text.out).toMatch(/guesses from detection, not an exact reading/);
    const records = recordsFromScan(JSON.parse(readFileSync(scanned.report, "utf8")));
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(record.notes).toMatch(/^Guess: /);
      expect(record.origin).not.toBe("data-request");
    }

    const out = join(dir, "no-key-assessment.json");
    const result = await assess(scanned.report, out);
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      `${path}: ${String(records.length)} records imported as guesses from detection, marked "Guess:" in their notes, not read by the pack's key`,
    );
    expect(result.err).not.toMatch(STACK_LINE);
    const ids = recordIdsIn(out);
    expect(ids.some((id) => id.startsWith(`scan:${path}#`))).toBe(true);
    // A guess is no return: no indicator is marked received, none is linked to the request.
    expect(ids.filter((id) => id.startsWith(pack.key.requestId))).toEqual([]);
    expect(receivedIndicators()).toEqual([]);
  });
});
