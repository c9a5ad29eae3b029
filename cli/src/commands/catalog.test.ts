import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli";

const run = runCli;

describe("gapmap catalog", () => {
  it("search finds indicators in another language and prints them", async () => {
    const r = await run("catalog", "search", "денежные", "переводы");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/remit-inflow/);
  });

  it("search --json prints hits with scores and the matched synonym", async () => {
    const r = await run("catalog", "search", "emigranti", "--json");
    const parsed = JSON.parse(r.out) as {
      hits: { id: string; score: number; matched: { lang: string } }[];
    };
    expect(parsed.hits.map((h) => h.id)).toContain("flow-emigration");
    expect(parsed.hits[0]?.score).toBeGreaterThan(0);
  });

  it("show prints the full entry, or JSON with --json", async () => {
    const text = await run("catalog", "show", "flow-asylum-decisions");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/section\s+A\.2/);
    expect(text.out).toMatch(/synonyms/);
    const json = await run("catalog", "show", "remit-inflow-gdp", "--json");
    expect((JSON.parse(json.out) as { sdg: string }).sdg).toBe("17.3.2");
  });

  it("an unknown ID gives a clear message and a non-zero exit", async () => {
    const r = await run("catalog", "show", "flow-emigrashun");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no indicator has the ID "flow-emigrashun"/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("wrong usage exits with 2", async () => {
    expect((await run("catalog", "search")).code).toBe(2);
    expect((await run("catalog", "frobnicate")).code).toBe(2);
    expect((await run("nonsense")).code).toBe(2);
  });

  it("runs as the installed `gapmap` binary", () => {
    const bin = fileURLToPath(new URL("../../bin/gapmap.js", import.meta.url));
    const out = execFileSync(
      process.execPath,
      [bin, "catalog", "search", "solde", "migratoire", "--json"],
      {
        encoding: "utf8",
      },
    );
    const parsed = JSON.parse(out) as { hits: { id: string }[] };
    expect(parsed.hits[0]?.id).toBe("flow-net-migration");
  });
});
