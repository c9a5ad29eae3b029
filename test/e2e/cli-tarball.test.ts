/**
 * The released command line, as a user gets it: `npm pack` writes gapmap-<version>.tgz, which is
 * installed into an empty folder from that file alone (offline: it carries its one external
 * dependency), and every registered command runs from there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
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
import { scanReportSchema } from "@gapmap/core";
import { COMMANDS } from "../../cli/src/registry";
import { packCli } from "../../cli/scripts/pack-cli";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** One run per command, in an order where later ones use what earlier ones wrote. */
const EXAMPLES: {
  command: string;
  /** Tells two examples of one command apart. */
  title?: string;
  args: string[];
  check: (out: string, dir: string) => void;
}[] = [
  {
    command: "catalog",
    args: ["catalog", "search", "remittances"],
    check: (out) => {
      expect(out).toMatch(/remit-inflow/);
    },
  },
  {
    command: "scan",
    args: ["scan", "workbooks", "--json", "--out", "scan.json"],
    check: (_, dir) => {
      const report = scanReportSchema.parse(
        JSON.parse(readFileSync(join(dir, "scan.json"), "utf8")),
      );
      expect(report.files.length).toBeGreaterThan(1);
      expect(report.files.flatMap((f) => f.sheets.flatMap((s) => s.tables)).length).toBeGreaterThan(
        1,
      );
    },
  },
  {
    command: "tag",
    args: ["tag", "page.html"],
    check: (out) => {
      expect(out).toMatch(/mention/);
    },
  },
  {
    command: "report",
    args: [
      "report",
      "--needs",
      "migration-profile-core",
      "--inventory",
      "inventory.csv",
      "--year",
      "2024",
      "--out",
      "report.docx",
    ],
    check: (_, dir) => {
      const docx = readFileSync(join(dir, "report.docx"));
      expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(docx.includes(Buffer.from("word/media/"))).toBe(true);
    },
  },
  {
    command: "assess",
    args: [
      "assess",
      "--needs",
      "migration-profile-core",
      "--scan",
      "scan.json",
      "--inventory",
      "inventory.csv",
      "--out",
      "assessment.json",
      "--year",
      "2024",
    ],
    check: (_, dir) => {
      expect(JSON.parse(readFileSync(join(dir, "assessment.json"), "utf8"))).toBeTypeOf("object");
    },
  },
  {
    command: "diff",
    args: ["diff", "assessment.json", "assessment.json"],
    check: (out) => {
      expect(out.length).toBeGreaterThan(0);
    },
  },
  {
    command: "requests",
    title: "requests --write-agencies",
    args: [
      "requests",
      "--needs",
      "migration-profile-core",
      "--inventory",
      "inventory.csv",
      "--year",
      "2024",
      "--write-agencies",
      "agencies.csv",
    ],
    check: (_, dir) => {
      // (No trim(): it would take the byte-order mark off too.)
      const lines = readFileSync(join(dir, "agencies.csv"), "utf8").split("\r\n");
      expect(lines[0]).toBe("\uFEFFindicator,name,agency,contact");
      expect(lines.some((l) => l.startsWith("flow-visas,"))).toBe(true);
      // The TWG edits the map: visas go to its consular department.
      const edited = lines.map((l) =>
        l.startsWith("flow-visas,") ? "flow-visas,Visas,Consular department,c@mfa.example" : l,
      );
      writeFileSync(join(dir, "agencies.csv"), edited.join("\r\n"));
    },
  },
  {
    command: "requests",
    title: "requests --agencies",
    args: [
      "requests",
      "--needs",
      "migration-profile-core",
      "--inventory",
      "inventory.csv",
      "--year",
      "2024",
      "--agencies",
      "agencies.csv",
      "--out-dir",
      "requests",
      "--save-profile",
      "profile.json",
    ],
    check: (out, dir) => {
      expect(out).toMatch(/to Consular department \(c@mfa\.example\), 1 indicator:/);
      const packs = readdirSync(join(dir, "requests")).filter((f) => f.endsWith(".xlsx"));
      expect(packs.length).toBeGreaterThan(0);
      for (const pack of packs)
        expect(
          readFileSync(join(dir, "requests", pack))
            .subarray(0, 2)
            .toString(),
        ).toBe("PK");
    },
  },
  {
    command: "status",
    args: [
      "status",
      "profile.json",
      "stock-immigrants",
      "--validated-by",
      "TWG",
      "--on",
      "2027-02-01",
    ],
    check: (out, dir) => {
      expect(out).toMatch(/stock-immigrants {2}Validated — .*validated by TWG on 2027-02-01/);
      expect(readFileSync(join(dir, "profile.json"), "utf8")).toContain('"by": "TWG"');
    },
  },
  {
    command: "template",
    args: ["template", "--out", "template.xlsx"],
    check: (_, dir) => {
      expect(readFileSync(join(dir, "template.xlsx")).subarray(0, 2).toString()).toBe("PK");
    },
  },
];

let dir = "";
let bin = "";

beforeAll(async () => {
  const packed = await packCli(mkdtempSync(join(tmpdir(), "gapmap-tgz-")));
  expect(packed).toMatch(/gapmap-\d+\.\d+\.\d+.*\.tgz$/);
  dir = mkdtempSync(join(tmpdir(), "gapmap-install-"));
  writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
  // --offline: the package must carry everything it needs; no registry is asked.
  execFileSync(
    "npm",
    ["install", packed, "--offline", "--no-audit", "--no-fund", "--no-package-lock"],
    {
      cwd: dir,
      stdio: "pipe",
    },
  );
  bin = join(dir, "node_modules", ".bin", "gapmap");
  cpSync(repo("samples/workbooks"), join(dir, "workbooks"), { recursive: true });
  cpSync(repo("samples/inventory.csv"), join(dir, "inventory.csv"));
  cpSync(repo("test/fixtures/pages/fr-statistique.html"), join(dir, "page.html"));
}, 240_000);

describe("the gapmap package installed from its tarball", () => {
  it("has an install-test example for every registered command", () => {
    const missing = COMMANDS.map((c) => c.name).filter(
      (n) => !EXAMPLES.some((e) => e.command === n),
    );
    expect(missing, "add an example to EXAMPLES in test/e2e/cli-tarball.test.ts").toEqual([]);
  });

  it("answers `npx gapmap --help` with every command", () => {
    const out = execFileSync("npx", ["--offline", "gapmap", "--help"], {
      cwd: dir,
      encoding: "utf8",
    });
    for (const c of COMMANDS) expect(out).toContain(c.name);
  });

  it("holds plain JavaScript only: no TypeScript and no tsx", () => {
    const installed = join(dir, "node_modules", "gapmap");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    // resvg-js draws the report's PNG charts from its native binary, outside the bundle.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["@resvg/resvg-js", "jsdom"]);
    expect(existsSync(join(installed, "node_modules", "tsx"))).toBe(false);
    expect(existsSync(join(installed, "src"))).toBe(false);
  });

  for (const example of EXAMPLES) {
    it(`runs ${example.title ?? example.command}`, () => {
      mkdirSync(dir, { recursive: true });
      const r = spawnSync(bin, example.args, { cwd: dir, encoding: "utf8" });
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.status, r.stderr).toBe(0);
      example.check(r.stdout, dir);
    }, 60_000);
  }
});
