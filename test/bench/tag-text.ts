/**
 * Benchmark of the page-tagging matcher in Node: a 2 MB page of French text with a mention
 * every ~1.5 KB, and a worst case where nearly every sentence names an indicator. Then the
 * whole page pipeline as `gapmap tag` and the content script run it: the French matcher (the
 * page's language) and the choice of reported mentions (page-mentions.ts). CPU time is printed
 * too: it holds better than wall time on a shared machine.
 */
import { getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { contextIndicatorIds, createMentionMatcher, selectPageMentions } from "@gapmap/core";

const matcher = createMentionMatcher(getCatalogueIndex());
const french = createMentionMatcher(getCatalogueIndex(), { lang: "fr" });
const contextIds = contextIndicatorIds(getCatalogue());

function page(filler: string, mention: string, fillerRepeats: number): string {
  let text = "";
  while (text.length < 2_000_000) text += filler.repeat(fillerRepeats) + mention;
  return text;
}

const cases = [
  [
    "2 MB page, sparse mentions",
    page(
      "Le rapport annuel présente la population, le climat et l'économie du pays. ",
      "Les demandes d'asile et les décisions positives sont publiées. ",
      20,
    ),
  ],
  [
    "2 MB page, dense mentions",
    page("Le solde migratoire et ", "les envois de fonds des émigrés. ", 1),
  ],
] as const;

matcher.findMentions(cases[0][1].slice(0, 20_000)); // warm-up
function measure(name: string, run: () => number): void {
  const runs: number[] = [];
  let found = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    found = run();
    runs.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  runs.sort((a, b) => a - b);
  console.log(
    `${name}: ${found.toLocaleString("en")} mentions, median ${runs[2]?.toFixed(0) ?? "?"} ms (best ${runs[0]?.toFixed(0) ?? "?"} ms) over 5 runs, CPU ${((cpu.user + cpu.system) / 5000).toFixed(0)} ms a run`,
  );
}

french.findMentions(cases[0][1].slice(0, 20_000)); // warm-up
for (const [name, text] of cases) measure(name, () => matcher.findMentions(text).length);
for (const [name, text] of cases)
  measure(
    `${name}, page pipeline (fr matcher + reported mentions)`,
    () => selectPageMentions(french.findMentions(text), text, { contextIds }).length,
  );
