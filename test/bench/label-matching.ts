/**
 * Label matching throughput: the table detector's word-level matcher against a plain fuse.js
 * search over the same catalogue phrases, on the same labels (every catalogue synonym, plus
 * noisy variants as tables print them). Prints labels/second, the speed ratio and top-1
 * agreement on exact-synonym labels. Target (issue): ≥ 50× fuse.js, same top-1 on exact labels.
 */
import { getCatalogueIndex } from "@gapmap/catalog";
import Fuse from "fuse.js";
import { bestIndicatorForLabel, normalizeText, type TermIndex } from "@gapmap/core";

/** fuse.js is linear in the phrase count, so it runs on a sample of this many labels per kind. */
const FUSE_SAMPLE_PER_KIND = 250;

interface Label {
  text: string;
  /** Indicators an exact label legitimately names (one phrase can belong to several). */
  expected?: ReadonlySet<string>;
}

function noisyVariants(text: string, i: number): string[] {
  const words = text.split(" ");
  const typo = words
    .map((w, j) => (j === 0 && w.length > 5 ? w.slice(0, 2) + w.slice(3) : w))
    .join(" ");
  return [
    `${text}${(i % 12) + 1}`, // footnote marker glued on
    `Total ${text.toLowerCase()}, end-2015`, // table-style wrapping
    typo, // one letter dropped
  ];
}

function buildLabels(index: TermIndex): { exact: Label[]; all: Label[] } {
  const idsByNorm = new Map<string, Set<string>>();
  for (const p of index.phrases)
    idsByNorm.set(p.norm, (idsByNorm.get(p.norm) ?? new Set()).add(p.indicatorId));
  const exact = index.phrases.map((p) => ({
    text: p.text,
    expected: idsByNorm.get(p.norm) ?? new Set<string>(),
  }));
  const noisy = index.phrases.flatMap((p, i) => noisyVariants(p.text, i).map((text) => ({ text })));
  return { exact, all: [...exact, ...noisy] };
}

function timeIt<T>(run: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = run();
  return { result, ms: performance.now() - t0 };
}

const index = getCatalogueIndex();
const { exact, all } = buildLabels(index);
console.log(
  `catalogue phrases: ${index.phrases.length}; labels: ${all.length} (${exact.length} exact synonyms)`,
);

// Our matcher, each label seen once. Matching keeps caches (word resolutions, label scorings)
// for the whole process, as a scan does; a second run over the same labels would only measure
// cache hits, so the first run is the figure.
const { result: ours, ms: matcherMs } = timeIt(() =>
  all.map((l) => bestIndicatorForLabel(index, l.text)?.id),
);
const matcherRate = (all.length / matcherMs) * 1000;

const fuse = new Fuse(
  index.phrases.map((p, i) => ({ norm: p.norm, i })),
  { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: 0.4 },
);
const fuseTop = (label: string): string | undefined => {
  const hit = fuse.search(normalizeText(label), { limit: 1 })[0];
  return hit ? index.phrases[hit.item.i]?.indicatorId : undefined;
};
// fuse.js is too slow for every label: it runs on an even sample of exact labels (all of them
// with --full), then on a sample of noisy labels, so both kinds and every language take part.
const full = process.argv.includes("--full");
const stride = (n: number) => (full ? 1 : Math.max(1, Math.ceil(n / FUSE_SAMPLE_PER_KIND)));
const exactSample = exact.map((_, i) => i).filter((i) => i % stride(exact.length) === 0);
const noisyStart = exact.length;
const noisySample = all
  .map((_, i) => i)
  .filter((i) => i >= noisyStart && (i - noisyStart) % stride(all.length - noisyStart) === 0);
const fuseResults = new Map<number, string | undefined>();
const t0 = performance.now();
for (const i of [...exactSample, ...noisySample]) fuseResults.set(i, fuseTop(all[i]?.text ?? ""));
const fuseMs = performance.now() - t0;
const fuseRate = (fuseResults.size / fuseMs) * 1000;

let oursRight = 0;
let fuseRight = 0;
let agree = 0;
for (const i of exactSample) {
  const expected = exact[i]?.expected ?? new Set<string>();
  const o = ours[i];
  const f = fuseResults.get(i);
  if (o !== undefined && expected.has(o)) oursRight++;
  if (f !== undefined && expected.has(f)) fuseRight++;
  if (o === f || (o !== undefined && f !== undefined && expected.has(o) && expected.has(f)))
    agree++;
}
let noisyAgree = 0;
for (const i of noisySample) if (ours[i] === fuseResults.get(i)) noisyAgree++;
const exactChecked = exactSample.length;
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

console.log(
  `matcher : ${Math.round(matcherRate).toLocaleString("en")} labels/s (${all.length} labels, each seen once, in ${matcherMs.toFixed(0)} ms)`,
);
console.log(
  `fuse.js : ${Math.round(fuseRate).toLocaleString("en")} labels/s (${fuseResults.size} sampled labels in ${fuseMs.toFixed(0)} ms)`,
);
console.log(`speed   : ${(matcherRate / fuseRate).toFixed(0)}× fuse.js (target ≥ 50×)`);
console.log(`exact-synonym labels checked: ${exactChecked}`);
console.log(
  `  top-1 correct  matcher ${pct(oursRight, exactChecked)}  fuse.js ${pct(fuseRight, exactChecked)}`,
);
console.log(
  `  top-1 agreement (same indicator, or both among the phrase's own indicators): ${pct(agree, exactChecked)}`,
);
console.log(
  `noisy labels: same top-1 as fuse.js on ${pct(noisyAgree, noisySample.length)} of ${noisySample.length}`,
);
