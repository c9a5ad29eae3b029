import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../io";
import { tagCommand } from "./tag";

const REAL = "/work/shared/fixtures/real";
const swissFr = join(REAL, "swissinfo_asylum_positive_decisions_2014_fr.html");
const swissEs = join(REAL, "swissinfo_asylum_positive_decisions_2014_es.html");
const frPage = join(import.meta.dirname, "../../../test/fixtures/pages/fr-statistique.html");

interface Report {
  files: {
    file: string;
    ok: boolean;
    lang?: string;
    mentions?: { id: string; text: string; start: number; end: number; score: number }[];
    tables?: { range: string; periods: { years: number[] }; indicators: { id: string }[] }[];
    error?: { code: string };
  }[];
}

async function tagJson(files: string[]): Promise<{ code: number; report: Report }> {
  const io = memoryIo();
  const code = await tagCommand.run([...files, "--json"], io);
  return { code, report: JSON.parse(io.stdout()) as Report };
}

describe("gapmap tag", () => {
  it("tags the swissinfo pages and reads their chart data without running scripts", async () => {
    const { code, report } = await tagJson([swissFr, swissEs]);
    expect(code).toBe(0);
    const [fr, es] = report.files;
    expect(fr?.lang).toBe("fr");
    expect(fr?.mentions?.map((m) => m.id)).toContain("flow-asylum-decisions");
    expect(fr?.mentions?.[0]?.text).toBe("Décisions positives des demandes d'asile");
    expect(es?.mentions?.map((m) => m.id)).toContain("flow-asylum-decisions");
    const chart = fr?.tables?.find((t) => t.range.startsWith("chart data"));
    expect(chart).toBeDefined();
  });

  it("reports bad files and still reports the good ones", async () => {
    const { code, report } = await tagJson([frPage, "/nonexistent/page.html"]);
    expect(code).toBe(1);
    expect(report.files[0]?.ok).toBe(true);
    expect(report.files[0]?.tables?.length).toBe(1);
    expect(report.files[1]).toMatchObject({ ok: false, error: { code: "unreadable" } });
  });

  it("prints a readable summary", async () => {
    const io = memoryIo();
    expect(await tagCommand.run([frPage], io)).toBe(0);
    expect(io.stdout()).toContain("flow-asylum-applications");
    expect(io.stdout()).toContain("[fr]");
  });

  it("rejects wrong usage", async () => {
    await expect(tagCommand.run([], memoryIo())).rejects.toMatchObject({ exitCode: 2 });
  });
});
