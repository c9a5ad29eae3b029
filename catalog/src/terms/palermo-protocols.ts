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

const ES_UNODC =
  "UNODC, «Marco de Acción Internacional para la aplicación del Protocolo contra el tráfico ilícito de migrantes» (Naciones Unidas, Nueva York, 2012; copy read at studylib.es/doc/4751633); the protocol's Spanish title «Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional» (Ecuador, Registro Oficial Suplemento 153, 25-11-2005, as read at fdocumento.com)";
const RU_TITLE =
  "ООН, «Протокол против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности», принят резолюцией 55/25 Генеральной Ассамблеи (Russian text as mirrored from the University of Minnesota Human Rights Library, russian/instree/Rsmuggling.html); доклад Генерального секретаря «Международная миграция и развитие», VII: «Торговля людьми и их незаконный ввоз» (un.org/ru/rights/trafficking/sgrep.shtml)";

export const palermoProtocolTerms: ExtraTerms = {
  "flow-trafficking-victims": {
    ar: [{ text: "الاتجار بالأشخاص", verified: true, source: AR_TITLES }],
    fr: [{ text: "traite des personnes", verified: true, source: FR_TITLES }],
  },
  "flow-smuggling": {
    ar: [{ text: "تهريب المهاجرين", verified: true, source: AR_TITLES }],
    fr: [{ text: "trafic illicite de migrants", verified: true, source: FR_TITLES }],
    es: [{ text: "tráfico ilícito de migrantes", verified: true, source: ES_UNODC }],
    ru: [{ text: "незаконный ввоз мигрантов", verified: true, source: RU_TITLE }],
    sr: [{ text: "krijumčarenje migranata", verified: true, source: SR_TITLE }],
  },
};
