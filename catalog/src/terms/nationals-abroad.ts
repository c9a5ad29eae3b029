import type { ExtraTerms } from "./extra-terms";

/*
 * Nationals living abroad as the country of origin names them. Egypt's statistics agency
 * (CAPMAS) and its ministry for emigration count «المصريين بالخارج» (Egyptians abroad); the
 * phrase names the stock of the country's emigrants. Mexico's Institute for Mexicans Abroad
 * (IME, of the Foreign Ministry) is named for them and counts «mexicanos en el exterior».
 */

const CAPMAS_EGYPTIANS_ABROAD =
  "الجهاز المركزي للتعبئة العامة والإحصاء, «خريطة المصريين بالخارج … 11.08 مليون عدد المهاجرين بنهاية 2022», as reported by youm7.com (12 January 2025); وزارة الدولة للهجرة وشئون المصريين بالخارج (the ministry's name, cairo.synceg.net/1838171)";

const IME =
  "Instituto de los Mexicanos en el Exterior (IME, Secretaría de Relaciones Exteriores): «Actualmente existen 12.5 millones de mexicanos en el exterior», column by the IME's director (mexampac.org, 6 November 2016)";

export const nationalsAbroadTerms: ExtraTerms = {
  "stock-emigrants": {
    ar: [
      { text: "المصريين بالخارج", verified: true, source: CAPMAS_EGYPTIANS_ABROAD },
      { text: "المصريون بالخارج", verified: true, source: CAPMAS_EGYPTIANS_ABROAD },
    ],
    es: [{ text: "mexicanos en el exterior", verified: true, source: IME }],
  },
};
