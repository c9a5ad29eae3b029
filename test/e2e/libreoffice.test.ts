/**
 * The gap-matrix workbook must open cleanly in LibreOffice, not only in exceljs: LibreOffice
 * converts every sheet to CSV headless, and the values must survive. Fails loudly (never skips)
 * when LibreOffice is missing; .ci/run installs it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { main, memoryIo } from "@gapmap/cli";

const LIBREOFFICE = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));
const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gapmap-lo-"));
const sheets = new Map<string, string>();

beforeAll(async () => {
  if (!LIBREOFFICE) {
    throw new Error(
      "LibreOffice is not installed: run `apt-get install libreoffice-calc-nogui` (.ci/run does).",
    );
  }
  const xlsx = join(dir, "gap-matrix.xlsx");
  const io = memoryIo();
  const code = await main(
    [
      "assess",
      "--needs",
      "migration-profile-core",
      "--inventory",
      join(SAMPLES, "inventory.csv"),
      "--year",
      "2024",
      "--out",
      xlsx,
    ],
    io,
  );
  if (code !== 0) throw new Error(io.stderr());
  // Filter option 44,34,76,1,,0,false,true,false,false,false,-1: comma-separated UTF-8, every sheet to its own file.
  execFileSync(
    LIBREOFFICE,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      join(dir, "csv"),
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  for (const f of readdirSync(join(dir, "csv"))) {
    const name = f.replace(/^gap-matrix-/, "").replace(/\.csv$/, "");
    sheets.set(name, readFileSync(join(dir, "csv", f), "utf8"));
  }
}, 180_000);

describe("gap matrix in LibreOffice", () => {
  it("opens with every sheet readable", () => {
    expect([...sheets.keys()]).toEqual(
      expect.arrayContaining(["Summary", "Gap matrix", "Action plan", "Sources", "About"]),
    );
  });

  it("keeps the matrix values: one row per needed indicator, with availability and gap statuses", () => {
    const matrix = sheets.get("Gap matrix") ?? "";
    expect(matrix).toMatch(/^Indicator ID,Indicator,Section,/m);
    expect(matrix).toMatch(/^flow-emigration,.*,A\.4,/m);
    expect(matrix).toMatch(
      /^flow-net-migration,.*,(available|partial|proxy-or-national-variant),\d/m,
    );
    expect((matrix.match(/^[a-z]+(-[a-z0-9]+)+,/gm) ?? []).length).toBe(87);
  });

  it("keeps the sources and the profile", () => {
    expect(sheets.get("Sources")).toMatch(/wdi-net-migration/);
    expect(sheets.get("About")).toMatch(/Migration Profile core/);
  });
});
