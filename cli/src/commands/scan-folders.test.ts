import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scanReportSchema } from "@gapmap/core";
import { runCli } from "../testing/run-cli";

const samples = fileURLToPath(new URL("../../../samples/workbooks/", import.meta.url));
const entry = fileURLToPath(new URL("../cli-entry.ts", import.meta.url));

/** A folder with the sample workbooks copied `copies` times, a lock file and a hidden file. */
function sampleFolder(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), "gapmap-scan-dir-"));
  mkdirSync(join(dir, "nested"));
  for (const name of readdirSync(samples)) {
    for (let i = 0; i < copies; i++)
      copyFileSync(join(samples, name), join(dir, "nested", `${i}-${name}`));
  }
  copyFileSync(join(samples, readdirSync(samples)[0] ?? ""), join(dir, "~$open.xlsx"));
  copyFileSync(join(samples, readdirSync(samples)[0] ?? ""), join(dir, ".hidden.xlsx"));
  return dir;
}

const run = runCli;

describe("gapmap scan on folders", () => {
  it("gives the same report with worker threads as in one thread, and reports each skip", async () => {
    const dir = sampleFolder(1);
    const one = await run("scan", dir, "--json", "--jobs", "1");
    const two = await run("scan", dir, "--json", "--jobs", "2");
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const report = scanReportSchema.parse(JSON.parse(one.out));
    expect(report.files).toHaveLength(readdirSync(samples).length);
    expect(report.files.map((f) => f.file)).toEqual(report.files.map((f) => f.file).sort());
    expect(report.files.some((f) => f.sheets.some((s) => s.tables.length > 0))).toBe(true);
    expect(one.err).toMatch(/skipped .*~\$open\.xlsx: an Office lock file/);
    expect(one.err).toMatch(/skipped .*\.hidden\.xlsx: a hidden file/);
  }, 180_000); // starts worker threads from the TypeScript sources: slow on a busy machine

  it("says so when a folder holds no spreadsheet, and refuses a bad --jobs", async () => {
    const empty = mkdtempSync(join(tmpdir(), "gapmap-scan-empty-"));
    const r = await run("scan", empty);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/found no \.xlsx, \.xls, \.ods or \.csv files/);
    expect((await run("scan", empty, "--jobs", "0")).code).toBe(2);
  });

  it("stops on Ctrl-C with exit code 130 and leaves no --out file behind", async () => {
    const dir = sampleFolder(20);
    const out = join(dir, "scan.json");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", entry, "scan", dir, "--jobs", "1", "--json", "--out", out],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let err = "";
    let interrupted = false;
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      // The skip notes come before the first file is read: interrupt then.
      if (!interrupted && err.includes("skipped")) {
        interrupted = child.kill("SIGINT");
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toMatch(/interrupted; nothing was written/);
    expect(code).toBe(130);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("scan.json"))).toEqual([]);
  });
});
