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

const HOME_OFFICE_DECISIONS =
  "Home Office asylum statistics as quoted by the House of Commons Home Affairs Committee, «The work of the Immigration Directorates (Q4 2015)» (publications.parliament.uk/pa/cm201617/cmselect/cmhaff/22/2205.htm): «initial decisions for main applicants made and protection granted … Granted includes grants of asylum, humanitarian protection …», and by Justice and Peace Scotland (April 2014 to March 2015): «the number of initial decisions on asylum applications increased by 72% to 26,066»";
const HOME_OFFICE_WAITING =
  "Home Office immigration statistics as reported by dailymail.co.uk (news/article-12440383, 24 August 2023): «175,457 people waiting for an initial decision on their application», and by sabiniax.online (2025/02/28): «There were 124,802 people waiting for an initial decision on an asylum application»";
const HOME_OFFICE_SMALL_BOATS =
  "Home Office data as reported by the Mirror (via read.newszop.com, «Small boat arrivals in UK hotels»): «Small boat arrivals rose by over 20% in a year», and by dailymail.co.uk (news/article-13769329, 2024): «Channel boat migrants … small boat arrivals during that period»";
const CBP_ILLEGAL_CROSSINGS =
  "US Customs and Border Protection figures as reported by nri.connectmyindia.com (news/article/…-1525, December 2024): «46,612 arrests for illegal crossings from Mexico in November», and by the Washington Examiner (news/1024122): «Illegal crossings hit a 17-year low in March 2017 when only 12,500 people were apprehended»";
const UN_OUTSIDE_BIRTH_COUNTRY =
  "World Bank, «Migration and Remittances» fact sheet citing the United Nations (web.worldbank.org, contentMDK:20648762): «more than 230 million people were living outside of their countries of birth in 2013»";
const EMN_RESETTLEMENT =
  'EMN Asylum and Migration Glossary, entry "resettlement" (home-affairs.ec.europa.eu); Justice and Peace Scotland on Home Office statistics (April 2014 to March 2015): «resettlement schemes are offered. In the year ending March 2015, a total of 934 were resettled in the UK»';

export const officialFiguresInNewsTerms: ExtraTerms = {
  // The UK Home Office counts "initial decisions" on asylum claims and "grants" among them.
  "flow-asylum-decisions": {
    en: [
      { text: "initial decisions", ambiguous: true, verified: true, source: HOME_OFFICE_DECISIONS },
      { text: "grants of asylum", verified: true, source: HOME_OFFICE_DECISIONS },
    ],
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
  // Claims not yet decided at a date: the pending stock.
  "stock-asylum-seekers": {
    en: [{ text: "waiting for an initial decision", verified: true, source: HOME_OFFICE_WAITING }],
  },
  "flow-irregular-entries": {
    en: [
      { text: "small boat arrivals", verified: true, source: HOME_OFFICE_SMALL_BOATS },
      { text: "illegal crossings", verified: true, source: CBP_ILLEGAL_CROSSINGS },
    ],
  },
  // The UN's definition of an international migrant, as its figures are worded.
  "stock-immigrants": {
    en: [
      {
        text: "living outside their countries of birth",
        verified: true,
        source: UN_OUTSIDE_BIRTH_COUNTRY,
      },
    ],
  },
  // The bare word, as French «réinstallation» and Spanish «reasentamiento»: a figure settles it.
  "flow-resettlement": {
    en: [{ text: "resettlement", ambiguous: true, verified: true, source: EMN_RESETTLEMENT }],
  },
};
