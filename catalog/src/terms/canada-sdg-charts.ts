import type { Language, TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Chart titles of the migration SDG indicators on Canada's Open SDG platform, in English and
 * French as Statistics Canada publishes them (sdg-data-canada-odd-donnees/sdg-data-donnees-odd,
 * translations/en/chart.yml and translations/fr/chart.yml at commit
 * f89e601dc5b925c4bc66f985a439be39d1f88a05; MIT; letters compared in Unicode NFC, as the files
 * store some accents decomposed). They word the indicators as a national office titles its own
 * tables: the remittance share of GDP as workers' remittances and compensation of employees
 * received, the remittance cost as fees paid by residents, the policy indicator as a "state of"
 * policies.
 * Left out: the 16.2.2 chart title, which the catalogue already reads ("Number of victims of
 * human trafficking per 100,000 population").
 */

const source = (lang: "en" | "fr", indicator: string) =>
  `Statistics Canada, Open SDG platform (sdg-data-canada-odd-donnees/sdg-data-donnees-odd f89e601dc), translations/${lang}/chart.yml: ${indicator}-title`;

/** One chart's title in both official languages. */
const chart = (
  indicator: string,
  en: string,
  fr: string,
): Partial<Record<Language, TermInput[]>> => ({
  en: [{ text: en, verified: true, source: source("en", indicator) }],
  fr: [{ text: fr, verified: true, source: source("fr", indicator) }],
});

export const canadaSdgChartTerms: ExtraTerms = {
  "gov-migration-policy": chart(
    "10-7-2",
    "State of migration policies",
    "État des politiques migratoires",
  ),
  "remit-cost": chart(
    "10-c-1",
    "Average fees paid as a percentage of the last international remittance sent by Canadian residents born in countries eligible for official development assistance",
    "Coûts moyens payés en pourcentage du montant d’argent envoyé lors du dernier transfert de fonds international par les résidents du Canada nés dans des pays admissibles à l’aide publique au développement",
  ),
  "remit-inflow-gdp": chart(
    "17-3-2",
    "Personal remittances received as proportion of GDP",
    "Envois de fonds des travailleurs et rémunérations des salariés, reçus en % du PIB",
  ),
  "labour-rights-compliance": chart(
    "8-8-2",
    "Level of national compliance with labour rights based on International Labour Organization (ILO) textual sources and national legislation",
    "Niveau de respect des droits du travail au niveau national, eu égard aux textes de l’Organisation internationale du Travail (OIT) et à la législation nationale",
  ),
};
