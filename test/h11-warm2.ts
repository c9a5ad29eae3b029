import { getCatalogueIndex } from "@gapmap/catalog";
import { detectTables, lookupPlace, matchIndicators, parsePeriods } from "@gapmap/core/tables";
import { gridFromTableDescription, createMentionMatcher } from "@gapmap/core/tagging";
const cell = (text: string, header = false) => ({ text, colSpan: 1, rowSpan: 1, header });
const t = (caption: string | undefined, rows: string[][]) => ({ ...(caption ? { caption } : {}), rows: rows.map((r, i) => ({ cells: r.map((c) => cell(c, i === 0)) })) });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const index = getCatalogueIndex(); createMentionMatcher(index);
const steps: [string, () => unknown][] = [
  ["stems", () => index.stems.size],
  ["place", () => lookupPlace("Eritrea")],
  ["periods", () => parsePeriods("2019–2022")],
  ["byWord", () => index.byWord.size],
  ["match word", () => matchIndicators(index, [{ where: "header", text: "Total" }])],
  ["match title", () => matchIndicators(index, [{ where: "title", text: "Asylum applications" }])],
  ["match header", () => matchIndicators(index, [{ where: "header", text: "Citizenship" }])],
  ["grid", () => gridFromTableDescription(t("x", [["a", "b"], ["1", "2"]]) as never, "w")],
  ["numbers", () => detectTables(gridFromTableDescription(t(undefined, [["2021", "2022"], ["120", "135"], ["98", "110"]]) as never, "w").grid, { index })],
  ["labels", () => detectTables(gridFromTableDescription(t(undefined, [["Year", "Total"], ["2021", "135"], ["2022", "110"]]) as never, "w").grid, { index })],
  ["countries", () => detectTables(gridFromTableDescription(t(undefined, [["Citizenship", "2021", "2022"], ["Eritrea", "120", "135"], ["Syria", "98", "110"]]) as never, "w").grid, { index })],
  ["full", () => detectTables(gridFromTableDescription(t("Asylum applications by citizenship", [["Citizenship", "2021", "2022"], ["Eritrea", "120", "135"], ["Syria", "98", "110"]]) as never, "w").grid, { index })],
];
for (const [n, s] of steps) { const c = cpu(); s(); console.log(n, (cpu() - c).toFixed(1)); }
const COUNTRIES = ["Eritrea", "Syria", "Afghanistan", "Turkey", "Sri Lanka"];
const YEARS = [2019, 2020, 2021, 2022];
for (let i = 0; i < 3; i++) { const c = cpu(); const d = t(`Asylum applications by citizenship, table ${i + 1}`, [["Citizenship", ...YEARS.map(String)], ...COUNTRIES.map((x, r) => [x, ...YEARS.map((_, k) => String((i * 7 + r * 13 + k * 101) % 9000))])]); detectTables(gridFromTableDescription(d as never, "t").grid, { index }); console.log("table", i, (cpu() - c).toFixed(1)); }
