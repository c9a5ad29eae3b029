import type { ExtraTerms } from "./extra-terms";

/*
 * Arabic terms as UN ESCWA writes them in its official pages for the «تقرير حالة الهجرة الدولية
 * في المنطقة العربية لعام 2021» (Situation Report on International Migration 2021, with IOM and
 * UNHCR): the publication's keywords on unescwa.org and the report's chapter titles on
 * publications.unescwa.org. Only terms that name one indicator are taken: «التحويلات» alone
 * (transfers) and «الهجرة القسرية» (forced migration) name none.
 */

const ESCWA_KEYWORDS =
  "UN ESCWA, «تقرير حالة الهجرة الدولية لعام 2021» (E/ESCWA/CL2.GPID/2021/2), publication keywords (unescwa.org/ar/publications)";
const ESCWA_CHAPTERS =
  "UN ESCWA, «تقرير حالة الهجرة الدولية في المنطقة العربية لعام 2021», chapter 2: «التطورات في سياسات حوكمة الهجرة واللجوء وانعدام الجنسية» (publications.unescwa.org/2022/srim-2021)";

export const arabRegionReportTerms: ExtraTerms = {
  "flow-immigration": { ar: [{ text: "الهجرة الوافدة", verified: true, source: ESCWA_KEYWORDS }] },
  "stock-stateless": { ar: [{ text: "انعدام الجنسية", verified: true, source: ESCWA_CHAPTERS }] },
};
