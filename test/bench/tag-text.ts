/**
 * Benchmark of the page-tagging matcher in Node: a 2 MB page of French text with a mention
 * every ~1.5 KB, and a worst case where nearly every sentence names an indicator.
 */
import { getCatalogueIndex } from "@gapmap/catalog";
import { createMentionMatcher } from "@gapmap/core";

const matcher = createMentionMatcher(getCatalogueIndex());

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
for (const [name, text] of cases) {
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    found = matcher.findMentions(text).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${name}: ${found.toLocaleString("en")} mentions, median ${runs[2]?.toFixed(0) ?? "?"} ms (best ${runs[0]?.toFixed(0) ?? "?"} ms) over 5 runs`,
  );
}
