/** Readable text form of one catalogue indicator, for `gapmap catalog show`. */
import { LANGUAGES, SECTION_TITLES, type Indicator } from "@gapmap/core";

export function formatIndicator(ind: Indicator): string {
  const lines = [
    `${ind.id}: ${ind.name}`,
    `  section     ${ind.section} ${SECTION_TITLES[ind.section]}`,
    `  definition  ${ind.definition}`,
    `  measure     ${ind.measure} (${ind.unitFamily})`,
    `  breakdowns  ${ind.requiredDimensions.join(", ") || "none required"}`,
  ];
  if (ind.sdg) lines.push(`  SDG         ${ind.sdg}`);
  if (ind.series.length > 0)
    lines.push(`  series      ${ind.series.map((s) => `${s.code} (${s.publisher})`).join("; ")}`);
  if (ind.standards.length > 0) lines.push(`  standards   ${ind.standards.join(", ")}`);
  if (ind.concepts.length > 0) lines.push(`  concepts    ${ind.concepts.join(", ")}`);
  lines.push(`  sources     ${ind.sourceTypes.join(", ")}`);
  if (ind.themes.length > 0) lines.push(`  themes      ${ind.themes.join(", ")}`);
  lines.push("  synonyms");
  for (const lang of LANGUAGES) {
    const terms = ind.synonyms.filter((s) => s.lang === lang);
    if (terms.length === 0) continue;
    const shown = terms.map(
      (s) =>
        s.text +
        (s.status === "unverified" ? " (unverified)" : "") +
        (s.ambiguous ? " [ambiguous]" : ""),
    );
    lines.push(`    ${lang}  ${shown.join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}
