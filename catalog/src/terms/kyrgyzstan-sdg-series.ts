import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Russian names of the UN SDG database series of the migration indicators, as the National
 * Statistical Committee of the Kyrgyz Republic publishes them in the SDMX structure of its Open SDG
 * platform (sdg-kyrgyzstan/open-sdg-data-starter, SDG_DSD.KG_1.8.xml, codelist CL_SERIES, names
 * with xml:lang="ru", at commit f35cf1cce24fdd99a09cb7603b299b7f888e6110; MIT). The same names
 * fill the SERIES column of the platform's SDMX exports and title its charts. One chart title of
 * the platform is added where it words the series otherwise (indicator_settings/10-7-2.md).
 * Left out: SI_RMT_COST, whose Russian name is the UN's indicator title (sdg-titles.ts).
 */

const DSD =
  "National Statistical Committee of the Kyrgyz Republic, Open SDG SDMX structure (sdg-kyrgyzstan/open-sdg-data-starter f35cf1cce, SDG_DSD.KG_1.8.xml, CL_SERIES, ru)";

/** A series' Russian name, checked in the codelist. */
const series = (code: string, text: string): TermInput => ({
  text,
  verified: true,
  source: `${DSD}: ${code}`,
});

export const kyrgyzstanSdgSeriesTerms: ExtraTerms = {
  "gov-migration-policy": {
    ru: [
      series("SG_CPA_MIGR", "Число стран, проводящих хорошо продуманную миграционную политику"),
      series(
        "SG_CPA_MIGRP",
        "Доля стран с миграционной политикой, способствующей упорядоченной, безопасной, регулярной и ответственной миграции и мобильности людей",
      ),
      {
        text: "Страны с миграционной политикой, способствующей упорядоченной, безопасной, регулярной и ответственной миграции и мобильности людей, по областям политики",
        verified: true,
        source:
          "National Statistical Committee of the Kyrgyz Republic, Open SDG platform (sdg-kyrgyzstan/open-sdg-data-starter f35cf1cce), indicator_settings/10-7-2.md: graph_title (SG_CPA_MIGRS), up to its scale «(1 = требует дальнейшего прогресса; …)»",
      },
    ],
  },
  "flow-missing-migrants": {
    ru: [
      series(
        "SM_DTH_MIGR",
        "Количество случаев смерти или исчезновения, зарегистрированных в процессе миграции",
      ),
    ],
  },
  "stock-refugees-abroad": {
    ru: [series("SM_POP_REFG_OR", "Число беженцев на 100 000 населения, по стране происхождения")],
  },
  "labour-recruitment-cost": {
    ru: [
      series(
        "SL_EMP_RCOST",
        "Затраты работника на трудоустройство в процентах от его годового дохода в стране назначения",
      ),
    ],
  },
  "flow-trafficking-victims": {
    ru: [
      series("VC_HTF_DETV", "Выявленные жертвы торговли людьми (число)"),
      series(
        "VC_HTF_DETVSX",
        "Выявленные жертвы торговли людьми для сексуальной эксплуатации (число)",
      ),
      series(
        "VC_HTF_DETVFL",
        "Выявленные жертвы торговли людьми для принудительного труда, подневольного состояния и рабства (число)",
      ),
      series("VC_HTF_DETVOG", "Выявленные жертвы торговли людьми для извлечения органа (число)"),
      series("VC_HTF_DETVOP", "Выявленные жертвы торговли людьми для других целей (число)"),
      series(
        "VC_VAW_DIST",
        "Распределение выявленных жертв торговли людьми по возрасту и полу (%)",
      ),
    ],
  },
  "remit-inflow-gdp": {
    ru: [series("BX_TRF_PWKR", "Объем переводов (в долларах США) в процентном отношении к ВВП")],
  },
  "sdg-4-5-1-by-status": {
    ru: [
      series(
        "SE_IMP_FPOF",
        "Индекс паритета иммиграционного статуса для достижения, по крайней мере, фиксированного уровня владения функциональными навыками с помощью навыков счета / грамотности",
      ),
    ],
  },
};
