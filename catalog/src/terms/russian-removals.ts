import type { ExtraTerms } from "./extra-terms";

/*
 * Removals as Russia's Interior Ministry (its Main Directorate for Migration, ГУВМ МВД) reports
 * them: decisions on administrative expulsion («административное выдворение», a court's penalty
 * for an administrative offence) and on deportation («депортация», after a decision that the
 * stay is undesirable or a permit was cancelled), counted as decisions taken and as decisions
 * executed. Readmission, reported beside them, stays with flow-readmissions.
 */

const MVD_2024 =
  "МВД России (ГУВМ), итоги 2024 года: «принято свыше 190 тысяч решений об административном выдворении, депортации и реадмиссии» (official representative I. Volk, as reported by kherson-news.ru, 12 March 2025)";
const MVD_2021 =
  "МВД России, статистика высылки иностранцев: «исполнено 805 решений о депортации» (January–February 2021, as reported by riafan.ru via imag.one, 9 April 2021)";

export const russianRemovalTerms: ExtraTerms = {
  "flow-removals": {
    ru: [
      { text: "административное выдворение", verified: true, source: MVD_2024 },
      { text: "депортация", verified: true, source: MVD_2021 },
      { text: "решения об административном выдворении", verified: true, source: MVD_2024 },
      { text: "решения о депортации", verified: true, source: MVD_2021 },
    ],
  },
};
