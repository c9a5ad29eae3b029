/**
 * `gapmap scan DIR` over a folder of 200 mixed workbooks (.xlsx, .xls, .csv, copied from the
 * samples and the small real fixtures into a temporary folder), with --jobs 1 and --jobs 2:
 * wall time of each (best of 2) and the speed-up. Runs the bundle; needs `npm run build:cli`.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { realFixture } from "../fixtures/real-fixtures";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const BUNDLE = repo("cli/dist/gapmap.js");
const FILES = 200;

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

function scan(jobs: number): { ms: number; out: string } {
  const out = join(dir, `scan-${jobs}.json`);
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [BUNDLE, "scan", dir, "--json", "--out", out, "--jobs", String(jobs)],
    {
      encoding: "utf8",
    },
  );
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`scan --jobs ${jobs} exited ${r.status}: ${r.stderr}`);
  return { ms, out: readFileSync(out, "utf8") };
}

if (!existsSync(BUNDLE))
  throw new Error("cli/dist/gapmap.js is missing: run npm run build:cli first");
console.log(
  `${FILES} files (${from.length} kinds, ${(bytes / 1e6).toFixed(1)} MB) in ${dir}; best of 2 runs; noisy on a shared machine`,
);
const results = [1, 2].map((jobs) => {
  const runs = [scan(jobs), scan(jobs)];
  const best = Math.min(...runs.map((r) => r.ms));
  console.log(`--jobs ${jobs}: ${(best / 1000).toFixed(2)} s`);
  return { jobs, best, out: runs[0]?.out ?? "" };
});
const [one, two] = results;
if (one && two) {
  console.log(`speed-up with 2 jobs: ${(one.best / two.best).toFixed(2)}×`);
  console.log(`same report with 1 and 2 jobs: ${one.out === two.out ? "yes" : "NO"}`);
}
