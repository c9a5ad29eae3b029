/**
 * `npm start` end to end: the demo runs on the bundled sample data without prompts and writes a
 * gap-matrix workbook whose sheets, formats and values a TWG relies on.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), "gapmap-start-"));
const workbook = new ExcelJS.Workbook();
let stdout = "";

beforeAll(async () => {
  stdout = execFileSync("npm", ["start", "--silent"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, GAPMAP_OUT_DIR: outDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await workbook.xlsx.readFile(join(outDir, "gap-matrix.xlsx"));
}, 120_000);

function sheet(name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws)
    throw new Error(
      `sheet "${name}" missing; sheets are ${workbook.worksheets.map((w) => w.name).join(", ")}`,
    );
  return ws;
}

function columnValues(ws: ExcelJS.Worksheet, header: string): string[] {
  let col = 0;
  let headerRow = 0;
  ws.eachRow((row, r) => {
    if (col !== 0) return;
    row.eachCell((cell, c) => {
      if (cell.text.trim() === header) {
        col = c;
        headerRow = r;
      }
    });
  });
  if (col === 0) throw new Error(`no "${header}" column on ${ws.name}`);
  const out: string[] = [];
  ws.eachRow((row, r) => {
    if (r > headerRow) out.push(row.getCell(col).text);
  });
  return out;
}

describe("npm start", () => {
  it("prints a short summary and where the file is", () => {
    expect(stdout).toMatch(/Gap analysis: Migration Profile core \(87 indicators/);
    expect(stdout).toMatch(/Overall score .* \/ 100/);
    expect(stdout).toContain(join(outDir, "gap-matrix.xlsx"));
    expect(stdout).toContain(join(outDir, "gap-report.docx"));
  });

  it("writes the data-gap report as a Word document", () => {
    const docx = readFileSync(join(outDir, "gap-report.docx"));
    // A .docx is a zip package with its main part at word/document.xml.
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(docx.includes(Buffer.from("word/document.xml"))).toBe(true);
    expect(docx.length).toBeGreaterThan(20_000);
  });

  it("writes the five sheets a TWG prints and edits", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Summary", "Gap matrix", "Action plan", "Sources", "About"]),
    );
  });

  it("has a gap matrix with frozen headers, a filter, traffic lights and landscape print setup", () => {
    const ws = sheet("Gap matrix");
    expect(ws.views[0]?.state).toBe("frozen");
    expect(ws.autoFilter).toBeTruthy();
    // exceljs reads conditional formats back but does not declare them in its types.
    const formats = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(formats.length).toBeGreaterThan(0);
    expect(ws.pageSetup.orientation).toBe("landscape");
    const indicators = columnValues(ws, "Indicator ID");
    expect(indicators).toHaveLength(87);
    expect(indicators).toEqual(
      expect.arrayContaining(["flow-emigration", "remit-inflow", "stock-immigrants"]),
    );
  });

  it("lists as sources both the scanned tables and the hand-filled records", () => {
    const ids = columnValues(sheet("Sources"), "id");
    expect(ids).toEqual(expect.arrayContaining(["wdi-net-migration", "register-emigration"]));
    expect(ids.length).toBeGreaterThanOrEqual(6 + 6);
  });

  it("has an action plan with drop-down lists", () => {
    const ws = sheet("Action plan");
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, { type: string }> } }
    ).dataValidations.model;
    expect(Object.values(validations).some((v) => v.type === "list")).toBe(true);
    expect(ws.rowCount).toBeGreaterThan(10);
  });
});
