/**
 * Start-up of the `gapmap` command line, before and after bundling: the tsx route (TypeScript
 * compiled at every start, how the CLI ran before; `npm run gapmap:dev` today) against the
 * bundle (cli/dist, what users and node_modules/.bin/gapmap run). Median of 5 runs each, wall time and peak memory (RSS).
 * Targets for the bundle: --help < 300 ms and < 150 MiB, catalog search < 400 ms, a one-table
 * scan < 800 ms. Needs `npm run build:cli` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const BUNDLE = repo("cli/dist/gapmap.js");
const SOURCE = repo("cli/src/cli-entry.ts");
const RUNS = 5;

/** Reports the process's peak RSS on exit, so no external `time` tool is needed. */
const hook = join(mkdtempSync(join(tmpdir(), "gapmap-bench-")), "max-rss.mjs");
writeFileSync(
  hook,
  'import { writeSync } from "node:fs";\nprocess.on("exit", () => writeSync(2, `\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`));\n',
);

const CASES = [
  { name: "--help", args: ["--help"], targetMs: 300, targetMiB: 150 },
  { name: "catalog search", args: ["catalog", "search", "remittances"], targetMs: 400 },
  {
    name: "one-table scan",
    args: ["scan", repo("samples/workbooks/budget-2021-2023.xlsx")],
    targetMs: 800,
  },
] as const;

const ROUTES = {
  bundle: (args: readonly string[]) => ["--import", hook, BUNDLE, ...args],
  tsx: (args: readonly string[]) => ["--import", "tsx", "--import", hook, SOURCE, ...args],
} as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function measure(argv: string[]): { ms: number; mib: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: "utf8", cwd: repo("") });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, mib: kb / 1024 };
}

if (!existsSync(BUNDLE))
  throw new Error("cli/dist/gapmap.js is missing: run npm run build:cli first");
console.log(`median of ${RUNS} runs; the machine's load affects every figure`);
const bare = median(Array.from({ length: RUNS }, () => measure(["--import", hook, "-e", "0"]).ms));
console.log(`Node itself (node -e 0), for scale: ${bare.toFixed(0)} ms`);
console.log(
  "case            before: tsx   after: bundle   faster   peak MiB (tsx → bundle)   target (bundle)",
);
for (const c of CASES) {
  const medians = Object.fromEntries(
    Object.entries(ROUTES).map(([route, argv]) => {
      const runs = Array.from({ length: RUNS }, () => measure(argv(c.args)));
      return [route, { ms: median(runs.map((r) => r.ms)), mib: median(runs.map((r) => r.mib)) }];
    }),
  ) as Record<keyof typeof ROUTES, { ms: number; mib: number }>;
  const { tsx, bundle } = medians;
  const met = bundle.ms < c.targetMs && (!("targetMiB" in c) || bundle.mib < c.targetMiB);
  const target = `< ${c.targetMs} ms${"targetMiB" in c ? `, < ${c.targetMiB} MiB` : ""}: ${met ? "met" : "MISSED"}`;
  console.log(
    `${c.name.padEnd(15)} ${`${tsx.ms.toFixed(0)} ms`.padStart(11)} ${`${bundle.ms.toFixed(0)} ms`.padStart(15)} ${`${(tsx.ms / bundle.ms).toFixed(1)}×`.padStart(8)}   ${`${tsx.mib.toFixed(0)} → ${bundle.mib.toFixed(0)}`.padStart(23)}   ${target}`,
  );
}
