/**
 * `gapmap scan DIR` over a folder of 200 mixed workbooks (.xlsx, .xls, .csv, copied from the
 * samples and the small real fixtures into a temporary folder), with --jobs 1 and --jobs 2
 * taking turns: wall time and CPU time (all threads) of each, the speed-up, and whether every
 * run wrote the same report. Runs the bundle; needs `npm run build:cli`.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  writeFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { realFixture } from "../fixtures/real-fixtures";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const BUNDLE = repo("cli/dist/gapmap.js");
const FILES = 200;
const ROUNDS = 3;

/** The sample workbooks and the real fixtures under 400 kB: typical ministry file sizes. */
function sources(): string[] {
  const samples = readdirSync(repo("samples/workbooks")).map((f) => repo(`samples/workbooks/${f}`));
  const real = [
    "mx_tabla1_migracion_de_retorno_2020.xlsx",
    "eurostat_migr_asyappctzm_custom_EU27_2020-02on.xlsx",
    "mx_tabla2_migracion_de_retorno_por_estados_2020.xlsx",
    "unhcr_refstats_query_population_2022-02-08.csv",
    "worldbank_API_SM.POP.NETM_net_migration_en.xls",
    "ru_mvd_2RD_migration_situation_2016.xls",
    "undesa_UN_MigrantStockByOriginAndDestination_2015.xlsx",
  ].map(realFixture);
  return [...samples, repo("samples/inventory.csv"), ...real.filter((f) => existsSync(f))];
}

const dir = mkdtempSync(join(tmpdir(), "gapmap-scan-bench-"));
const from = sources();
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const source = from[i % from.length] ?? "";
  const sub = join(dir, `office-${i % 10}`);
  mkdirSync(sub, { recursive: true });
  const target = join(sub, `${String(i).padStart(3, "0")}-${basename(source)}`);
  copyFileSync(source, target);
  bytes += statSync(target).size;
}

/** Reports the process's CPU time (all its threads) on exit, as the start-up bench does memory. */
const hook = join(dir, "cpu-time.mjs");
writeFileSync(
  hook,
  'import { writeSync } from "node:fs";\nprocess.on("exit", () => { const u = process.resourceUsage(); writeSync(2, `\\nCPUTIME ${u.userCPUTime + u.systemCPUTime}\\n`); });\n',
);

interface Run {
  ms: number;
  cpuMs: number;
  out: string;
}

function scan(jobs: number): Run {
  const out = join(dir, `scan-${jobs}.json`);
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--import", hook, BUNDLE, "scan", dir, "--json", "--out", out, "--jobs", String(jobs)],
    { encoding: "utf8" },
  );
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`scan --jobs ${jobs} exited ${r.status}: ${r.stderr}`);
  const cpuMs = Number(/CPUTIME (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  return { ms, cpuMs, out: readFileSync(out, "utf8") };
}

if (!existsSync(BUNDLE))
  throw new Error("cli/dist/gapmap.js is missing: run npm run build:cli first");
console.log(
  `${FILES} files (${from.length} kinds, ${(bytes / 1e6).toFixed(1)} MB) in ${dir}; ${ROUNDS} runs each, --jobs 1 and 2 taking turns; on ${availableParallelism()} cores; noisy on a shared machine`,
);
const runs = new Map<number, Run[]>([
  [1, []],
  [2, []],
]);
for (let round = 0; round < ROUNDS; round++) for (const [jobs, list] of runs) list.push(scan(jobs));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const figures = [...runs].map(([jobs, list]) => {
  const ms = median(list.map((r) => r.ms));
  const cpuMs = median(list.map((r) => r.cpuMs));
  // CPU time over wall time: how many cores the run kept busy (V8 compiles and collects
  // garbage on background threads, so even one job uses more than one core).
  console.log(
    `--jobs ${jobs}: ${(ms / 1000).toFixed(2)} s wall (median; best ${(Math.min(...list.map((r) => r.ms)) / 1000).toFixed(2)} s), ${(cpuMs / 1000).toFixed(2)} s CPU, ${(cpuMs / ms).toFixed(2)} cores busy`,
  );
  return { ms, out: list[0]?.out ?? "", outs: list.map((r) => r.out) };
});
const [one, two] = figures;
if (one && two) {
  console.log(`speed-up with --jobs 2 over --jobs 1: ${(one.ms / two.ms).toFixed(2)}× (medians)`);
  const same = [...one.outs, ...two.outs].every((o) => o === one.out);
  console.log(`same report, in the same order, from every run: ${same ? "yes" : "NO"}`);
}
