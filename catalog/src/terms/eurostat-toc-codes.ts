import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * More Eurostat dataset and table codes, each with its title as Eurostat's table of contents
 * gives it (the bulk-download listing "table_of_contents_en.txt": title, code, type), read in a
 * copy kept in a public repository: mkatogui/app_for_exploring_eurostat, table_of_contents_en.txt,
 * commit 221695f9c7a1b6cb5cff02e32c0e7ea7eb6e60f9 (2024-09-30; data updated to mid-2023).
 * The codes name downloaded files ("tps00170.tsv", "lfso_08cobr.tsv") and fill the DATAFLOW
 * column of SDMX-CSV ("ESTAT:TPS00170(1.0)"); matched whole and letter for letter, like those of
 * eurostat-codes.ts. Where a title names one indicator and nothing else ("First permits by
 * reason"), the title is a verified English phrase too; titles that only list breakdowns
 * ("… by age group, sex and citizenship") are not. No French titles: the French table of
 * contents was not found in a public repository.
 * Population by citizenship (migr_pop1ctz, migr_pop2ctz) counts the total population as often
 * as the foreign one: the code is marked ambiguous under both indicators, so the table's own
 * rows and headers decide. Left out: the labour force survey rates by citizenship or country
 * of birth (lfsa_urgan, lfsa_ergan, …), whose extracts are read for their totals as often as
 * for the foreign rows (labour-by-citizenship.test.ts).
 */

const TOC =
  "Eurostat table of contents (table_of_contents_en.txt; copy in mkatogui/app_for_exploring_eurostat @ 221695f9c7a1b6cb5cff02e32c0e7ea7eb6e60f9)";

const sourceOf = (code: string, title: string) => `${TOC}: ${code}, "${title}"`;

/** A code of a dataset or table whose title names the indicator. */
const code = (id: string, title: string, ambiguous = false) => ({
  text: id,
  kind: "code" as const,
  verified: true as const,
  source: sourceOf(id, title),
  ...(ambiguous ? { ambiguous } : {}),
});

/** The title itself as an English phrase, where it names one indicator and nothing else. */
const title = (id: string, text: string) => ({
  text,
  verified: true as const,
  source: sourceOf(id, text),
});

const en = (...groups: TermInput[][]) => ({ en: groups.flat() });

const POP_BY_CITIZENSHIP = "Population on 1 January by age group, sex and citizenship";
const POP_BY_BROAD_CITIZENSHIP =
  "Population on 1 January by age, sex and broad group of citizenship";

export const eurostatTocCodeTerms: ExtraTerms = {
  "flow-residence-permits": en(
    [code("tps00170", "First permits by reason"), title("tps00170", "First permits by reason")],
    [code("migr_resfas", "First permits by reason, age, sex and citizenship")],
  ),
  "flow-family-reunification": en([
    code(
      "migr_resfam",
      "First permits issued for family reasons by reason, length of validity and citizenship",
    ),
    title("migr_resfam", "First permits issued for family reasons"),
  ]),
  "flow-work-permits": en([
    title("migr_resocc", "First permits issued for remunerated activities"),
  ]),
  "stock-permit-holders": en(
    [
      code("tps00171", "All valid permits by reason on 31 December of each year"),
      title("tps00171", "All valid permits by reason on 31 December of each year"),
    ],
    [
      code(
        "migr_resvas",
        "All valid permits by age, sex and citizenship on 31 December of each year",
      ),
    ],
  ),
  "flow-immigration": en([
    code("migr_imm2ctz", "Immigration by age, sex and group of citizenship"),
    code("migr_imm3ctb", "Immigration by age group, sex and country of birth"),
    code("migr_imm5prv", "Immigration by age group, sex and country of previous residence"),
    code("migr_imm8", "Immigration by age and sex"),
  ]),
  "flow-emigration": en([
    code("migr_emi2", "Emigration by age and sex"),
    code("migr_emi3nxt", "Emigration by age group, sex and country of next usual residence"),
    code("migr_emi4ctb", "Emigration by age group, sex and country of birth"),
  ]),
  "stock-foreign-citizens": en([
    code("tps00157", "Population without the citizenship of the reporting country"),
    title("tps00157", "Population without the citizenship of the reporting country"),
    code("migr_pop1ctz", POP_BY_CITIZENSHIP, true),
    code("migr_pop2ctz", POP_BY_BROAD_CITIZENSHIP, true),
  ]),
  "ctx-population": en([
    code("tps00001", "Population on 1 January"),
    code("migr_pop1ctz", POP_BY_CITIZENSHIP, true),
    code("migr_pop2ctz", POP_BY_BROAD_CITIZENSHIP, true),
  ]),
  "stock-immigrants": en([
    code("tps00178", "Foreign-born population"),
    code("migr_pop3ctb", "Population on 1 January by age group, sex and country of birth"),
    code(
      "lfso_08cobr",
      "Percentage distribution of main reason for migration, by country of birth, sex and age (% of total migrants)",
    ),
    code(
      "lfsa_pfganwsm",
      "Foreign-born population by sex, age, main reason for migrating, citizenship and labour status",
    ),
  ]),
  "ctx-gdp-per-capita": en([code("sdg_08_10", "Real GDP per capita")]),
  "flow-asylum-applications": en([
    code("tps00191", "Asylum and first time asylum applicants - annual aggregated data"),
    code("tps00189", "Asylum and first time asylum applicants - monthly data"),
    code(
      "migr_asyappctzm",
      "Asylum applicants by type of applicant, citizenship, age and sex - monthly data",
    ),
  ]),
  "flow-asylum-decisions": en([
    code(
      "tps00192",
      "First instance decisions on asylum applications by type of decision - annual aggregated data",
    ),
    code("tps00193", "Final decisions on asylum applications - annual data"),
    code(
      "migr_asydcfina",
      "Final decisions in appeal or review on applications by citizenship, age and sex - annual data",
    ),
    code(
      "migr_asydcfstq",
      "First instance decisions on applications by citizenship, age and sex - quarterly data",
    ),
  ]),
  "flow-resettlement": en([
    code("tps00195", "Resettled persons - annual data"),
    code("migr_asyresa", "Resettled persons by age, sex and citizenship - annual data"),
  ]),
  "stock-asylum-seekers": en([
    code(
      "tps00190",
      "Persons subject of asylum applications pending at the end of the month - monthly data",
    ),
    code(
      "migr_asypenctzm",
      "Persons subject of asylum applications pending at the end of the month by citizenship, age and sex - monthly data",
    ),
  ]),
  "flow-assisted-return": en([
    code(
      "migr_eirt_ass",
      "Third-country nationals who have left the territory by type of assistance received and citizenship",
    ),
  ]),
};
