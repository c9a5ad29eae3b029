import type { Language, TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * The UN SDG indicator titles in Serbian as the Institute of Statistics of Republika Srpska
 * publishes them on its Open SDG platform, in Latin and Cyrillic script
 * (rs-statistika-sdg/sdg-data-rs, translations/lat and translations/cir, global_indicators.yml
 * at commit 70bd2d1c8; line breaks read as spaces). The Serbian of Republika Srpska is
 * ijekavian, so each title is the ijekavian variant. One Cyrillic title starts with a Latin
 * capital O in the file («Oбим»); it is written here in Cyrillic, as it reads.
 */

const source = (script: "Latin" | "Cyrillic") =>
  `UN SDG indicator titles (SR, ${script}), Institute of Statistics of Republika Srpska, rs-statistika-sdg/sdg-data-rs 70bd2d1c8`;

// Where the Latin title has the very words of the Montenegrin one, it stands for both.
const SAME_AS_CNR =
  "; the same words as the UN SDG indicator title (CNR, Montenegrin), open-sdg/sdg-translations 0cda5858";

/** One indicator's title in both scripts. */
function title(
  lat: string,
  cyr: string,
  { sameAsCnr = false } = {},
): Partial<Record<Language, TermInput[]>> {
  const latSource = source("Latin") + (sameAsCnr ? SAME_AS_CNR : "");
  return {
    sr: [
      { text: lat, verified: true, source: latSource, variant: "ijekavian" },
      { text: cyr, verified: true, source: source("Cyrillic"), variant: "ijekavian" },
    ],
  };
}

export const serbianSdgTitleTerms: ExtraTerms = {
  // SDG 10.7.1
  "labour-recruitment-cost": title(
    "Troškovi zapošljavanja koje snose zaposleni u odnosu na godišnji prihod ostvaren u zemlji odredišta",
    "Трошкови запошљавања које сносе запослени у односу на годишњи приход остварен у земљи одредишта",
  ),
  // SDG 10.7.2
  "gov-migration-policy": title(
    "Broj zemalja s migracijskim politikama koje omogućavaju uređenu, sigurnu, redovnu i odgovornu migraciju i mobilnost ljudi",
    "Број земаља с миграцијским политикама које омогућавају уређену, сигурну, редовну и одговорну миграцију и мобилност људи",
  ),
  // SDG 10.7.3
  "flow-missing-migrants": title(
    "Broj ljudi koji su umrli ili nestali u procesu migracije prema međunarodnoj destinaciji",
    "Број људи који су умрли или нестали у процесу миграције према међународној дестинацији",
    { sameAsCnr: true },
  ),
  // SDG 10.7.4
  "stock-refugees-abroad": title(
    "Udio stanovništva izbjeglica, prema zemlji porijekla",
    "Удио становништва избјеглица, према земљи поријекла",
  ),
  // SDG 10.c.1
  "remit-cost": title(
    "Troškovi doznaka kao proporcija doznačenog iznosa",
    "Трошкови дознака као пропорција дозначеног износа",
  ),
  // SDG 16.2.2
  "flow-trafficking-victims": title(
    "Broj žrtava trgovine ljudima na 100 000 stanovnika, prema polu, starosti i obliku eksploatacije",
    "Број жртава трговине људима на 100 000 становника, према полу, старости и облику експлоатације",

    { sameAsCnr: true },
  ),
  // SDG 17.19.2
  "ctx-census-recency": title(
    "Procenat zemalja koje su: (a) provele najmanje jedan popis stanovništva i stanova u posljednjih 10 godina; i (b) postigli 100 procenata registracije rođenih i 80 procenata smrti",
    "Проценат земаља које су - (а) провеле најмање један попис становништва и станова у посљедњих 10 година; и (б) постигли 100 процената регистрације рођених и 80 процената смрти",
  ),
  // SDG 17.3.2
  "remit-inflow-gdp": title(
    "Obim doznaka (u američkim dolarima) kao udio u ukupnom BDP-u",
    "Обим дознака (у америчким доларима) као удио у укупном БДП-у",
  ),
  // SDG 4.b.1
  "edu-scholarships-oda": title(
    "Obim službene razvojne pomoći za stipendije po sektorima i vrstama studija",
    "Обим службене развојне помоћи за стипендије по секторима и врстама студија",
  ),
  // SDG 8.7.1
  "labour-child-labour": title(
    "Udio i broj djece uzrasta 5-17 godina angažovanih u dječijem radu, prema polu i starosti",
    "Удио и број дјеце узраста 5-17 година ангажованих у дјечијем раду, према полу и старости",
  ),
  // SDG 8.8.1
  "labour-occupational-injuries": title(
    "Fatalne i nefatalne povrede na radu na 100.000 radnika, prema polu i migrantskom statusu",
    "Фаталне и нефаталне повреде на раду на 100.000 радника, према полу и мигрантском статусу",
  ),
  // SDG 8.8.2
  "labour-rights-compliance": title(
    "Nivo nacionalne usklađenosti radnih prava (sloboda udruživanja i kolektivnog pregovaranja) na osnovu tekstualnih izvora Međunarodne organizacije rada (ILO) i nacionalnog zakonodavstva, prema polu i statusu migranata",
    "Ниво националне усклађености радних права (слобода удруживања и колективног преговарања) на основу текстуалних извора Међународне организације рада (ИЛО) и националног законодавства, према полу и статусу миграната",
  ),
};
