import type { ExtraTerms } from "./extra-terms";

/*
 * Russia's State Programme for the voluntary resettlement of compatriots living abroad (Указ
 * Президента № 637 of 22 June 2006) brings participants and their families to settle in
 * Russia; the MVD counts them as they arrive. Most are not yet citizens: their resettlement
 * («переселение соотечественников») is immigration, not the return of citizens.
 */

const UKAZ_637 =
  "Указ Президента РФ от 22.06.2006 № 637 «Государственная программа по оказанию содействия добровольному переселению в Российскую Федерацию соотечественников, проживающих за рубежом», as amended by Указ № 872 of 22.11.2023 (quoted by a regional police migration department, ru24.net/moscow/368043106); МИД России, «Мониторинг миграционных настроений соотечественников … готовности к участию в Госпрограмме переселения» (oko-planet.su, 2013)";

export const russianCompatriotTerms: ExtraTerms = {
  "flow-immigration": {
    ru: [
      { text: "переселение соотечественников", verified: true, source: UKAZ_637 },
      {
        text: "добровольное переселение в Российскую Федерацию соотечественников",
        verified: true,
        source: UKAZ_637,
      },
    ],
  },
};
