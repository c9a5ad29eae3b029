import type { ExtraTerms } from "./extra-terms";

/*
 * The names of the two crimes as the UN titles the Palermo Protocols (2000) in their official
 * languages: the Protocol to Prevent, Suppress and Punish Trafficking in Persons and the Protocol
 * against the Smuggling of Migrants by Land, Sea and Air. Trafficking (exploitation) and smuggling
 * (a facilitated crossing) keep their own words in every language; the catalogue's Arabic and
 * French had the trafficking phrase only inside longer, unverified ones («ضحايا الاتجار
 * بالأشخاص»), so the bare name of the crime matched weakly.
 */

const AR_TITLES =
  "UN Palermo Protocols, Arabic titles: «بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال» (ar.wikipedia.org, the protocol's article) and «بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو» (DBpedia abstract (ar) of Protocol_Against_the_Smuggling_of_Migrants_by_Land,_Sea_and_Air)";
const FR_TITLES =
  "UN Palermo Protocols, French titles: « protocole visant à prévenir, à réprimer et à punir la traite des personnes, en particulier des femmes et des enfants » and « protocole contre le trafic illicite de migrants par terre, air et mer » (EU text in English and French, wordscope.be; DBpedia abstract (fr))";
const SR_TITLE =
  "Pravni fakultet Univerziteta u Beogradu, Pravna klinika, međunarodni izvori: «Protokol protiv krijumčarenja migranata kopnom, morem i vazduhom», ratified by Serbia on 6 September 2001 (ius.bg.ac.rs)";

export const palermoProtocolTerms: ExtraTerms = {
  "flow-trafficking-victims": {
    ar: [{ text: "الاتجار بالأشخاص", verified: true, source: AR_TITLES }],
    fr: [{ text: "traite des personnes", verified: true, source: FR_TITLES }],
  },
  "flow-smuggling": {
    ar: [{ text: "تهريب المهاجرين", verified: true, source: AR_TITLES }],
    fr: [{ text: "trafic illicite de migrants", verified: true, source: FR_TITLES }],
    sr: [{ text: "krijumčarenje migranata", verified: true, source: SR_TITLE }],
  },
};
