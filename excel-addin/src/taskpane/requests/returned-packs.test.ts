import { requestState } from "@gapmap/core";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { mergeWithImports } from "../model/merge-imports";
import { inventoryOf } from "../model/review";
import { runAssessment } from "../model/run-assessment";
import { packFile, zipPacks } from "./pack-files";
import { markReceived, markRequested, statusOf } from "./request-status-edits";
import {
  availabilityChanges,
  readReturnedFile,
  recordIdsByIndicator,
  withPackRecords,
} from "./returned-packs";
import {
  catalogue,
  load,
  returnedPack,
  sampleAssessment,
  samplePacks,
  save,
  SEED_RECORD,
} from "./testing/packs";

const assessment = sampleAssessment();
const packs = samplePacks(assessment);
const profile = assessment.profile;

function firstPack() {
  const pack = packs.find((p) => p.items.length >= 2);
  if (pack === undefined) throw new Error("no pack with two indicators planned");
  return pack;
}

describe("packs of the current assessment", () => {
  it("plans one pack per agency and writes each as a workbook; all of them zip together", async () => {
    expect(packs.length).toBeGreaterThan(1);
    expect(new Set(packs.map((p) => p.agency)).size).toBe(packs.length);
    for (const pack of packs) {
      expect(pack.due).toBe("2025-09-30");
      expect(pack.contact).toContain("twg@example.org");
    }
    const files = await Promise.all(packs.slice(0, 3).map((pack) => packFile(catalogue, pack)));
    const zip = zipPacks(files, "2025-07-01");
    expect(zip.fileName).toBe("data-requests-2025-07-01.zip");
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.fileName).sort());
    // Each entry is the workbook itself, byte for byte, and opens with its cover.
    const [file] = files;
    if (file === undefined) throw new Error("no file");
    expect(entries[file.fileName]).toEqual(file.bytes);
    const workbook = await load(file.bytes);
    const coverText = JSON.stringify(workbook.worksheets[0]?.getSheetValues());
    expect(coverText).toContain(file.pack.agency);
    expect(coverText).toContain("twg@example.org");
    expect(strFromU8(entries[file.fileName] ?? new Uint8Array()).startsWith("PK")).toBe(true);
  });
});

describe("returned packs", () => {
  it("a filled pack gives data-request records, linked from each indicator's status", async () => {
    const pack = firstPack();
    const read = await readReturnedFile("back.xlsx", await returnedPack(pack, "full"), profile);
    if (read.status !== "read") throw new Error(`refused: ${JSON.stringify(read)}`);
    expect(read.reading.returnedOn).toBe("2025-09-15");
    expect(read.records.map((r) => r.indicators[0]).sort()).toEqual(
      pack.items.map((i) => i.indicator).sort(),
    );
    for (const record of read.records) {
      expect(record.origin).toBe("data-request");
      expect(record.producer).toBe(pack.agency);
    }
    let tracking = markRequested(undefined, [pack]);
    const indicator = pack.items[0]?.indicator ?? "";
    expect(requestState(statusOf(tracking, indicator))).toBe("requested");
    tracking = markReceived(
      tracking,
      read.reading,
      recordIdsByIndicator(read.records),
      "2025-10-01",
    );
    const status = statusOf(tracking, indicator);
    expect(requestState(status)).toBe("received");
    expect(status.received).toEqual({
      on: "2025-09-15",
      recordIds: [`${pack.requestId}:${indicator}`],
    });
    expect(status.focalAgency).toBe(pack.agency);
    expect(status.due).toBe("2025-09-30");
    // A pack sent from the command line: the request date and deadline come from its key.
    const fresh = markReceived(undefined, read.reading, recordIdsByIndicator(read.records), "x");
    expect(statusOf(fresh, indicator)).toMatchObject({
      requestedOn: "2025-07-01",
      due: "2025-09-30",
      focalAgency: pack.agency,
    });
  });

  it("imports change availability exactly: full → better than partly filled → better than none", async () => {
    const pack = firstPack();
    const own = inventoryOf([SEED_RECORD]);
    const analyse = async (mode: "full" | "totals-only") => {
      const read = await readReturnedFile("back.xlsx", await returnedPack(pack, mode), profile);
      if (read.status !== "read") throw new Error("refused");
      const imports = withPackRecords([], read);
      const after = runAssessment(catalogue, profile, mergeWithImports(own, imports).inventory);
      return { read, changes: availabilityChanges(assessment, after), after };
    };
    const full = await analyse("full");
    const partly = await analyse("totals-only");
    const asked = new Set(pack.items.map((i) => i.indicator));
    // Only the pack's indicators change, and each one that changed did so because of the pack.
    for (const change of [...full.changes, ...partly.changes])
      expect(asked.has(change.indicator)).toBe(true);
    expect(full.changes.length).toBeGreaterThan(0);
    // With breakdowns asked, totals alone are partial availability, never "available".
    const withBreakdowns = pack.items
      .filter((i) => i.breakdowns.length > 0)
      .map((i) => i.indicator);
    for (const id of withBreakdowns) {
      const row = partly.after.rows.find((r) => r.indicator === id);
      expect(row?.availability, id).not.toBe("available");
      const table = partly.read.reading.tables.find((t) => t.indicator === id);
      expect(table?.emptyCells).toBeGreaterThan(0);
    }
  });

  it("a corrected return replaces the earlier reading of the same request", async () => {
    const pack = firstPack();
    const first = await readReturnedFile(
      "v1.xlsx",
      await returnedPack(pack, "totals-only"),
      profile,
    );
    const second = await readReturnedFile("v2.xlsx", await returnedPack(pack, "full"), profile);
    if (first.status !== "read" || second.status !== "read") throw new Error("refused");
    const other = { owner: "other.json", inventory: inventoryOf([SEED_RECORD]) };
    const imports = withPackRecords(withPackRecords([other], first), second);
    expect(imports.map((i) => i.owner)).toEqual(["other.json", "v2.xlsx"]);
    expect(imports[1]?.inventory.records).toEqual(second.records);
  });

  it("refuses a pack of another profile, text in number cells and a removed key, whole", async () => {
    const pack = firstPack();
    const other = await readReturnedFile("x.xlsx", await returnedPack(pack, "full"), {
      name: "Another country's profile",
    });
    expect(other).toMatchObject({ status: "refused", kind: "other-profile" });
    const text = await readReturnedFile(
      "t.xlsx",
      await returnedPack(pack, "text-in-numbers"),
      profile,
    );
    expect(text).toMatchObject({ status: "refused", kind: "bad-values" });
    if (text.status !== "refused") throw new Error("read");
    expect(text.problems.join("\n")).toMatch(/cell [A-Z]+\d+\b.*is not a number/);
    const keyless = await readReturnedFile(
      "k.xlsx",
      await returnedPack(pack, "key-removed"),
      profile,
    );
    expect(keyless).toMatchObject({ status: "refused", kind: "key-missing" });
  });

  it("says a plain workbook is not a pack, and a broken file is not a workbook", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Data").getCell("A1").value = "Population";
    expect(await readReturnedFile("plain.xlsx", await save(plain), profile)).toEqual({
      status: "not-a-pack",
      file: "plain.xlsx",
    });
    const broken = await readReturnedFile("b.xlsx", new TextEncoder().encode("not a zip"), profile);
    expect(broken).toMatchObject({ status: "refused", kind: "unreadable" });
  });
});
