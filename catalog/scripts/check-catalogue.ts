/**
 * Authoring aid: validates whatever catalogue data exists now, entry by entry, and reports
 * problems without stopping at the first. Run: npx tsx catalog/scripts/check-catalogue.ts [id-prefix...]
 * (The tests enforce the same rules on the whole catalogue.)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogueSchema, findCatalogueProblems, indicatorSchema, LANGUAGES } from "@gapmap/core";
import { catalogueData } from "../src/index";

const prefixes = process.argv.slice(2);
const csvPath = fileURLToPath(
  new URL("../../../shared/catalogue/core-indicators.csv", import.meta.url),
);
const csvRows = readFileSync(csvPath, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(","));
const core = new Map(csvRows.map((r) => [r[0] ?? "", r]));

let errors = 0;
const report = (msg: string) => {
  errors++;
  console.log(`✗ ${msg}`);
};

for (const raw of catalogueData.indicators) {
  const id = (raw as { id?: string }).id ?? "?";
  if (prefixes.length > 0 && !prefixes.some((p) => id.startsWith(p))) continue;
  const parsed = indicatorSchema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) report(`${id}: ${i.path.join(".")}: ${i.message}`);
    continue;
  }
  const ind = parsed.data;
  const row = core.get(id);
  if (row) {
    const [, section, , measure, dims, sdg, , sources] = row;
    if (ind.section !== section) report(`${id}: section ${ind.section} ≠ CSV ${section}`);
    if (ind.measure !== measure) report(`${id}: measure ${ind.measure} ≠ CSV ${measure}`);
    const csvDims = (dims ?? "").split(";").filter(Boolean).sort().join(";");
    if ([...ind.requiredDimensions].sort().join(";") !== csvDims)
      report(`${id}: dimensions ≠ CSV ${csvDims}`);
    if ((ind.sdg ?? "") !== (sdg ?? "")) report(`${id}: sdg ${ind.sdg ?? "-"} ≠ CSV ${sdg ?? "-"}`);
    for (const s of (sources ?? "").split(";").filter(Boolean)) {
      if (!ind.sourceTypes.includes(s)) report(`${id}: missing CSV source type ${s}`);
    }
  }
  const perLang = LANGUAGES.map((l) => `${l}:${ind.synonyms.filter((s) => s.lang === l).length}`);
  const missing = LANGUAGES.filter((l) => !ind.synonyms.some((s) => s.lang === l));
  if (missing.length > 0) report(`${id}: no synonyms in ${missing.join(", ")}`);
  console.log(`  ${id.padEnd(36)} ${ind.synonyms.length} synonyms (${perLang.join(" ")})`);
}

const present = new Set(catalogueData.indicators.map((i) => (i as { id: string }).id));
const absent = [...core.keys()].filter(
  (id) => !present.has(id) && (prefixes.length === 0 || prefixes.some((p) => id.startsWith(p))),
);
if (absent.length > 0) console.log(`… core IDs not written yet: ${absent.join(", ")}`);

const whole = catalogueSchema.safeParse(catalogueData);
if (whole.success) {
  const problems = findCatalogueProblems(whole.data);
  for (const p of problems) console.log(`! ${p}`);
} else {
  console.log(
    `! whole catalogue does not parse yet (${whole.error.issues.length} issues; first: ${whole.error.issues[0]?.path.join(".")}: ${whole.error.issues[0]?.message})`,
  );
}
console.log(errors === 0 ? "entries checked: no errors" : `${errors} errors`);
process.exitCode = errors === 0 ? 0 : 1;
