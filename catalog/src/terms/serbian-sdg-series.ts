import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * The names of the UN SDG database series of the migration indicators in Serbian, as the
 * Institute of Statistics of Republika Srpska translates them for its Open SDG platform, in
 * Latin and Cyrillic script (rs-statistika-sdg/sdg-data-rs, translations/lat/SERIES.yml and
 * translations/cir/SERIES.yml at commit 70bd2d1c89dd8642dd3616d85acf08fe78974a54). They title the
 * charts and tables of the platform's indicator pages and the series column of its CSV files.
 * Ijekavian, like the institute's indicator titles (serbian-sdg-titles.ts). Written as in the
 * files, except that doubled spaces read as one; one Cyrillic name spells «Просjечни» with a
 * Latin j, kept as published since the platform's pages show it so.
 * Left out: VC_HTF_DETCA, criminal offences of trafficking (offences, not victims).
 */

const source = (script: "Latin" | "Cyrillic", code: string) =>
  `UN SDG series names (SR, ${script}), Institute of Statistics of Republika Srpska, rs-statistika-sdg/sdg-data-rs 70bd2d1c8, translations/${script === "Latin" ? "lat" : "cir"}/SERIES.yml: ${code}`;

/** One series' name in both scripts. */
const named = (code: string, lat: string, cyr: string): TermInput[] => [
  { text: lat, verified: true, source: source("Latin", code), variant: "ijekavian" },
  { text: cyr, verified: true, source: source("Cyrillic", code), variant: "ijekavian" },
];

export const serbianSdgSeriesTerms: ExtraTerms = {
  "remit-inflow-gdp": {
    sr: named(
      "BX_TRF_PWKR",
      "Količina doznaka (u američkim dolarima) kao udio u ukupnom iznosu BDP-a",
      "Количина дознака (у америчким доларима) као удио у укупном износу БДП-",
    ),
  },
  "remit-cost": {
    sr: named(
      "SI_RMT_COST",
      "Prosječni troškovi doznake slanja 200 USD u zemlju primataoca kao proporcija doznačenog iznosa doznake (%)",
      "Просjечни трошкови дознака за слање 200 УСД у земљу примаоца као пропорција дозначеног износа (%)",
    ),
  },
  "labour-rights-compliance": {
    sr: named(
      "SL_LBR_NTLCPL",
      "Nivo nacionalne usklađenosti radnih prava (sloboda udruživanja i kolektivnog pregovaranja) na osnovu tekstualnih izvora Međunarodne organizacije rada (ILO) i nacionalnog zakonodavstva",
      "Ниво националне усклађености радних права (слобода удруживања и колективног преговарања) на основу текстуалних извора Међународне организације рада (ILO) и националног законодавства",
    ),
  },
  "flow-missing-migrants": {
    sr: named(
      "SM_DTH_MIGR",
      "Ukupni smrtni slučajevi i nestanci zabilježeni tokom migracije",
      "Укупни смртни случајеви и нестанци забиљежени током миграције",
    ),
  },
  "stock-refugees-abroad": {
    // The Cyrillic name is the very title of serbian-sdg-titles.ts: only the Latin one is new.
    sr: named(
      "SM_POP_REFG_OR",
      "Udio stanovništva koje su izbjeglice, prema zemlji porijekla (%)",
      "Удио становништва избјеглица, према земљи поријекла",
    ).slice(0, 1),
  },
  "flow-trafficking-victims": {
    sr: [
      ...named(
        "VC_HTF_DETV",
        "Broj žrtava krivičnih djela trgovine ljudima prema polu i obliku eksploatacije",
        "Број жртава кривичних дјела трговине људима према полу и облику експлоатације",
      ),
      ...named(
        "VC_HTF_DETVR",
        "Broj žrtava trgovine ljudima na 100 000 stanovnika",
        "Број жртава трговине људима на 100 000 становника",
      ),
      ...named(
        "VC_HTF_DETVFL",
        "Detektovane žrtve trgovine ljudima za prisilni rad, služnost i ropstvo (broj)",
        "Детектоване жртве трговине људима за присилни рад, служност и ропство (број)",
      ),
      ...named(
        "VC_HTF_DETVOG",
        "Detektovane žrtve trgovine ljudima za uklanjanje organa (broj)",
        "Детектоване жртве трговине људима за уклањање органа (број)",
      ),
      ...named(
        "VC_HTF_DETVOP",
        "Detektovane žrtve trgovine ljudima za druge svrhe (broj)",
        "Детектоване жртве трговине људима за друге сврхе (број)",
      ),
      ...named(
        "VC_HTF_DETVSX",
        "Detektovane žrtve trgovine ljudima za seksualno iskorištavanje (broj)",
        "Детектоване жртве трговине људима за сексуално искоришћавање (број)",
      ),
    ],
  },
};
