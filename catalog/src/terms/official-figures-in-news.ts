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
const HOME_OFFICE_APPLIED =
  "Home Office asylum statistics as reported by smi24.net (english/409843617, 2025): «Home Office data reveals 111,084 people applied for asylum in the UK in the year to June 2025», and by Reuters via news.yahoo.com (asylum-claims-britain-first-half-2016): «In the 12 months to June this year, 36,465 people applied for asylum in Britain … 10 percent of all asylum claims in the 12 months to June»";
const HOME_OFFICE_CLAIMED =
  "Home Office statistics as reported by positivelysharing.org (blog/2026/02/26): «More than 100,000 people claimed asylum in the UK last year … official figures show», and by BBC News (archive.org TV transcript, February 2025): «new statistics released by the home office show one hundred and eight thousand people claimed asylum in the uk»";
const HOME_OFFICE_CLAIMS =
  "Home Office data as reported by foreignersinuk.co.uk (asylum-claimant-number-hits-11-year-peak): «Asylum claims from main applicants jumped by 29% in the UK last year, with 32,414», and by Reuters via news.yahoo.com (2016): «The largest number of asylum claims in Britain came from people who have left Iran (4,910)»";
const HOME_OFFICE_APPLICATIONS_FOR =
  "Refugee Council, «Asylum statistics Annual Trends» (February 2016, m.moam.info): «In 2015 the number of applications for asylum in the UK, excluding dependants, (32,414)», and BBC News (uk_news/politics/4015731, 2004): «Applications for asylum in the UK rose by 9% in the last three months, according to official figures»";
const CBP_APPREHENDED =
  "US Border Patrol figures as reported by CBS News (inside-look-at-border-patrol-flying-detainees, 2019): «Last month, Border Patrol apprehended 98,977 people», and by sputnikglobe.com (20170403, citing the Washington Times): «31,575 people were apprehended in January while attempting to cross»";
const CHANNEL_SMALL_BOATS =
  "Home Office statistical data set «Migrants detected crossing the English Channel in small boats» (gov.uk/government/statistical-data-sets/migrants-detected-crossing-the-english-channel-in-small-boats), as the press words it: dailymail.co.uk (news/article-12440383, 2023): «More than 18,000 people have now crossed the Channel in small boats so far this year», gobnewsonline.com (how-many-people-cross-the-channel-in-small-boats): «How many people have crossed the Channel in small boats?»";
const UK_RESETTLED =
  "ONS as reported by Reuters via news.yahoo.com (2016): «nearly 3,500 refugees were resettled in the past year»; Justice and Peace Scotland on Home Office statistics (April 2014 to March 2015): «a total of 934 were resettled in the UK»";
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
  // The UK press words the Home Office's applications as what people did in the period.
  "flow-asylum-applications": {
    en: [
      { text: "applied for asylum", verified: true, source: HOME_OFFICE_APPLIED },
      { text: "claimed asylum", verified: true, source: HOME_OFFICE_CLAIMED },
      { text: "applications for asylum", verified: true, source: HOME_OFFICE_APPLICATIONS_FOR },
      // Also said of claims still pending: the figure's sentence settles it.
      { text: "asylum claims", ambiguous: true, verified: true, source: HOME_OFFICE_CLAIMS },
    ],
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
      // Any arrest: a migration or border word must stand in its sentence (migration-context.ts).
      { text: "apprehended", ambiguous: true, verified: true, source: CBP_APPREHENDED },
      {
        text: "crossing the Channel in small boats",
        verified: true,
        source: CHANNEL_SMALL_BOATS,
      },
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
    en: [
      { text: "resettlement", ambiguous: true, verified: true, source: EMN_RESETTLEMENT },
      { text: "were resettled", ambiguous: true, verified: true, source: UK_RESETTLED },
    ],
  },
};
