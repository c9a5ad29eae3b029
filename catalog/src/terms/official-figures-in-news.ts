import type { ExtraTerms } from "./extra-terms";

/*
 * How official figures on asylum and irregular migrants are worded where the press reports them
 * (the body that gave the figure is named in each source): a predicate («2712 человек получили
 * временное убежище») or the colloquial noun (Arabic «غير الشرعيين», "illegal", beside the
 * official «غير النظاميين», "irregular"). Each was read in the page named, which quotes the body.
 * Russian statistics word the temporary-asylum grant as received by the person (Rosstat's order
 * on the interior ministry's forms: «лицами, подавшими заявления и получившими временное
 * убежище»), so the predicate names the grants of the period.
 */

const ROSSTAT_692_SVERDLOVSKSTAT =
  "Rosstat order No. 692 of 28 October 2016 on the MVD's forms on refugees and temporary asylum (docs.cntd.ru/document/456023092): «лицами, подавшими заявления и получившими временное убежище»; Sverdlovskstat as reported by uralinform.ru (news/society/355637, 2022): «получили временное убежище 1 378 человек»";
const FMS_PRAVDA_2014 =
  "Federal Migration Service of Russia as reported by pravda.com.ua (rus/news/2014/10/18/7041191): «почти 223 тыс. украинцев обратились за статусом беженца или временным убежищем в РФ»";
const MINSOTSPOLITIKY_NOVAVLADA =
  "Ministry of Social Policy of Ukraine as reported by novavlada.info (gosudarstvo/novosti/v-ukraine-umenshilos-kolichestvo-pereselencev): «количество зарегистрированных внутренних переселенцев из Крыма и Донбасса составляло 1 млн 374 тыс. 806 человек»";
const CEAR_ESTELLA_2022 =
  "Comisión Española de Ayuda al Refugiado (CEAR) as reported by estelladigital.com (navarra-norte/44410, 2023): «A nivel nacional, 118.842 personas solicitaron asilo en España»";
const MVD_PATENTS =
  "MVD of Russia data as reported by ura.news (news/1053029420, 2025): «количество выданных патентов на работу достигло 2631», and by sotnik-tv.org (MVD migration statistics, January–April 2021): «Количество оформленных патентов на работу для иностранцев»";
const IOM_EGYPT_MIGRANTS_DAY =
  "IOM figures at Egypt's International Migrants Day as reported by masress.com (elbalad/1299676): «وأن عدد المهاجرين غير الشرعيين حوالي 50 مليونا»";

export const officialFiguresInNewsTerms: ExtraTerms = {
  "flow-asylum-decisions": {
    ru: [
      { text: "получили временное убежище", verified: true, source: ROSSTAT_692_SVERDLOVSKSTAT },
    ],
  },
  "flow-asylum-applications": {
    ru: [{ text: "обратились за статусом беженца", verified: true, source: FMS_PRAVDA_2014 }],
    es: [{ text: "solicitaron asilo", verified: true, source: CEAR_ESTELLA_2022 }],
  },
  // Issued in a period, also counted valid at a date: ambiguous, as «разрешения на работу».
  "flow-work-permits": {
    ru: [{ text: "патенты на работу", ambiguous: true, verified: true, source: MVD_PATENTS }],
  },
  // Ukraine's registered internally displaced persons, as its ministry's figures are worded.
  "stock-idps": {
    ru: [{ text: "внутренние переселенцы", verified: true, source: MINSOTSPOLITIKY_NOVAVLADA }],
  },
  // Also said of arrivals by sea (a flow): the figure's sentence settles it.
  "stock-irregular-migrants": {
    ar: [
      {
        text: "المهاجرين غير الشرعيين",
        ambiguous: true,
        verified: true,
        source: IOM_EGYPT_MIGRANTS_DAY,
      },
    ],
  },
};
