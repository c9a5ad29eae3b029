import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentToXlsx } from "./assessment-xlsx";
import type { BarChartSpec } from "./bar-chart-xml";
import { SUMMARY_SHEET } from "./summary-sheet";
import { smallAssessment, smallInventory } from "./testing/small-assessment";
import { findAll, parseXml, type XmlElement } from "./testing/xml-tree";
import { addBarCharts } from "./xlsx-chart";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type Files = Record<string, Uint8Array>;

function part(files: Files, path: string): XmlElement {
  const bytes = files[path];
  if (bytes === undefined) throw new Error(`missing part ${path}`);
  return parseXml(strFromU8(bytes));
}

function resolve(owner: string, target: string): string {
  const parts = owner.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else parts.push(step);
  }
  return parts.join("/");
}

function relsOf(files: Files, owner: string): Map<string, { type: string; path: string }> {
  const slash = owner.lastIndexOf("/");
  const rels = part(files, `${owner.slice(0, slash)}/_rels/${owner.slice(slash + 1)}.rels`);
  return new Map(
    findAll(rels, "Relationship").map((r) => [
      r.attributes.Id ?? "",
      { type: r.attributes.Type ?? "", path: resolve(owner, r.attributes.Target ?? "") },
    ]),
  );
}

function sheetPath(files: Files, name: string): string {
  const sheet = findAll(part(files, "xl/workbook.xml"), "sheet").find(
    (s) => s.attributes.name === name,
  );
  const rel = relsOf(files, "xl/workbook.xml").get(sheet?.attributes["r:id"] ?? "");
  if (rel === undefined) throw new Error(`no sheet ${name}`);
  return rel.path;
}

/** The chart parts drawn on a sheet, following sheet → drawing → chart relationships. */
function chartsOnSheet(files: Files, sheet: string): { path: string; anchor: XmlElement }[] {
  const drawingId = part(files, sheet).children.find((c) => c.name === "drawing")?.attributes[
    "r:id"
  ];
  const drawingRel = relsOf(files, sheet).get(drawingId ?? "");
  expect(drawingRel?.type).toBe(`${REL}/drawing`);
  const drawingPath = drawingRel?.path ?? "";
  const drawingRels = relsOf(files, drawingPath);
  return findAll(part(files, drawingPath), "xdr:twoCellAnchor").map((anchor) => {
    const rel = drawingRels.get(findAll(anchor, "c:chart")[0]?.attributes["r:id"] ?? "");
    expect(rel?.type).toBe(`${REL}/chart`);
    return { path: rel?.path ?? "", anchor };
  });
}

const REF = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/;

/** Values of the cells a chart formula such as 'Summary'!$A$5:$A$9 points at (one column). */
function cellsAt(workbook: ExcelJS.Workbook, formula: string): unknown[] {
  const m = REF.exec(formula);
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`not a range reference: ${formula}`);
  const sheet = workbook.getWorksheet(m[1].replace(/''/g, "'"));
  if (m[4] !== undefined && m[4] !== m[2]) throw new Error("expected a single column");
  const last = Number(m[5] ?? m[3]);
  const values: unknown[] = [];
  for (let r = Number(m[3]); r <= last; r++) values.push(sheet?.getCell(`${m[2]}${r}`).value);
  return values;
}

function chartTitle(chart: XmlElement): string {
  return findAll(findAll(chart, "c:title")[0] ?? chart, "a:t")
    .map((t) => t.text)
    .join("");
}

function formulaIn(chart: XmlElement, container: "c:cat" | "c:val"): string {
  return findAll(findAll(chart, container)[0] ?? chart, "c:f")[0]?.text ?? "";
}

describe("Summary charts in the assessment workbook", () => {
  const assessment = smallAssessment();
  const workbook = new ExcelJS.Workbook();
  let files: Files = {};
  let summaryPath = "";
  beforeAll(async () => {
    const bytes = await assessmentToXlsx(assessment, smallInventory);
    files = unzipSync(bytes);
    summaryPath = sheetPath(files, SUMMARY_SHEET);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  });

  it("writes well-formed chart, drawing, relationship and content-type parts", () => {
    const written = Object.keys(files).filter((p) => /^xl\/(charts|drawings)\/.+\.xml/.test(p));
    expect(written.filter((p) => p.startsWith("xl/charts/"))).toHaveLength(2);
    for (const path of [...written, summaryPath, "[Content_Types].xml"]) {
      expect(() => part(files, path), path).not.toThrow();
    }
    expect(() => relsOf(files, summaryPath)).not.toThrow();
  });

  it("declares the drawing and each chart in [Content_Types].xml", () => {
    const overrides = new Map(
      findAll(part(files, "[Content_Types].xml"), "Override").map((o) => [
        o.attributes.PartName,
        o.attributes.ContentType,
      ]),
    );
    const charts = chartsOnSheet(files, summaryPath);
    expect(charts).toHaveLength(2);
    for (const chart of charts) expect(overrides.get(`/${chart.path}`)).toBe(CHART_TYPE);
    const drawings = Object.keys(files).filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p));
    expect(drawings.map((p) => overrides.get(`/${p}`))).toEqual([DRAWING_TYPE]);
  });

  it("puts <drawing> where the schema wants it: after pageSetup, before the sheet's extLst", () => {
    const names = part(files, summaryPath).children.map((c) => c.name);
    const drawing = names.indexOf("drawing");
    expect(drawing).toBeGreaterThan(names.indexOf("pageSetup"));
    expect(names.indexOf("extLst")).toBeGreaterThan(drawing); // the data bars' x14 extension
  });

  it("charts the section and area scores from the cells that hold them", () => {
    const charts = chartsOnSheet(files, summaryPath).map((c) => part(files, c.path));
    const byTitle = new Map(charts.map((chart) => [chartTitle(chart), chart]));
    const expected = {
      "Score by Migration Profile section": assessment.sections,
      "Score by policy area": assessment.areas,
    };
    for (const [title, groups] of Object.entries(expected)) {
      const chart = byTitle.get(title);
      if (chart === undefined) throw new Error(`no chart titled ${title}`);
      expect(findAll(chart, "c:barDir")[0]?.attributes.val).toBe("bar");
      expect(findAll(chart, "c:grouping")[0]?.attributes.val).toBe("clustered");
      expect(findAll(chart, "c:ser")).toHaveLength(1);
      const categories = formulaIn(chart, "c:cat");
      const values = formulaIn(chart, "c:val");
      expect(categories.startsWith(`'${SUMMARY_SHEET}'!`)).toBe(true);
      expect(cellsAt(workbook, categories)).toEqual(groups.map((g) => g.label));
      expect(cellsAt(workbook, values)).toEqual(groups.map((g) => g.score));
      const cached = findAll(findAll(chart, "c:numCache")[0] ?? chart, "c:v").map((v) => v.text);
      expect(cached.map(Number)).toEqual(groups.map((g) => g.score));
    }
  });

  it("places the charts to the right of the score tables, without overlapping", () => {
    const anchors = chartsOnSheet(files, summaryPath).map(({ anchor }) => {
      const at = (tag: string, field: string) =>
        Number(findAll(findAll(anchor, tag)[0] ?? anchor, field)[0]?.text);
      return {
        col: at("xdr:from", "xdr:col"),
        top: at("xdr:from", "xdr:row"),
        bottom: at("xdr:to", "xdr:row"),
      };
    });
    const tableColumns = workbook.getWorksheet(SUMMARY_SHEET)?.columnCount ?? Infinity;
    for (const a of anchors) expect(a.col).toBeGreaterThanOrEqual(tableColumns);
    expect(anchors[1]?.top).toBeGreaterThan(anchors[0]?.bottom ?? Infinity);
  });
});

function tinySpec(overrides: Partial<BarChartSpec> = {}): BarChartSpec {
  return {
    title: "Scores <&> more",
    description: "test chart",
    seriesName: { cell: { r: 0, c: 1 }, text: "Score" },
    categories: { range: { s: { r: 1, c: 0 }, e: { r: 3, c: 0 } }, labels: ["a", "b", "c"] },
    values: { range: { s: { r: 1, c: 1 }, e: { r: 3, c: 1 } }, numbers: [10, 20, 30] },
    axis: { min: 0, max: 100, majorUnit: 20 },
    anchor: { s: { r: 0, c: 4 }, e: { r: 10, c: 10 } },
    barColour: "638EC6",
    ...overrides,
  };
}

async function workbookWithTable(sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("First");
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addTable({
    name: "Scores",
    ref: "A1",
    columns: [{ name: "Label" }, { name: "Score" }],
    rows: [
      ["a", 10],
      ["b", 20],
      ["c", 30],
    ],
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayLike<number>);
}

describe("addBarCharts", () => {
  const awkward = "O'Brien & Co";

  it("quotes awkward sheet names and keeps the sheet's existing relationships", async () => {
    const files = unzipSync(addBarCharts(await workbookWithTable(awkward), awkward, [tinySpec()]));
    const sheet = sheetPath(files, awkward);
    const rels = [...relsOf(files, sheet).values()].map((r) => r.type);
    expect(rels.sort()).toEqual([`${REL}/drawing`, `${REL}/table`]);
    const names = part(files, sheet).children.map((c) => c.name);
    expect(names.indexOf("tableParts")).toBeGreaterThan(names.indexOf("drawing"));
    const [chart] = chartsOnSheet(files, sheet).map((c) => part(files, c.path));
    if (chart === undefined) throw new Error("no chart");
    expect(chartTitle(chart)).toBe("Scores <&> more");
    expect(formulaIn(chart, "c:val")).toBe("'O''Brien & Co'!$B$2:$B$4");
    expect(formulaIn(chart, "c:cat")).toBe("'O''Brien & Co'!$A$2:$A$4");
  });

  it("leaves a workbook exceljs can still read, table and values intact", async () => {
    const bytes = addBarCharts(await workbookWithTable(awkward), awkward, [tinySpec()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(awkward)?.getCell("B3").value).toBe(20);
  });

  it("numbers new parts after existing ones when called twice", async () => {
    const once = addBarCharts(await workbookWithTable(awkward), awkward, [tinySpec()]);
    const files = unzipSync(addBarCharts(once, "First", [tinySpec(), tinySpec()]));
    expect(
      Object.keys(files)
        .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
        .sort(),
    ).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]);
    expect(chartsOnSheet(files, sheetPath(files, "First")).map((c) => c.path)).toEqual([
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
    ]);
    expect(() => addBarCharts(once, awkward, [tinySpec()])).toThrow(/already has a drawing/);
  });

  it("rejects an unknown sheet and passes bytes through when there is nothing to draw", async () => {
    const bytes = await workbookWithTable(awkward);
    expect(() => addBarCharts(bytes, "Nope", [tinySpec()])).toThrow(/no sheet "Nope"/);
    expect(addBarCharts(bytes, awkward, [])).toBe(bytes);
  });
});
