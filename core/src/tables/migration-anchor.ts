/**
 * Whether a table's words say it is about migrants at all: a nationality, foreign, migrant,
 * asylum, refugee, displacement or remittance word in one of the seven languages. Guessing an
 * indicator from shared words (label-retrieval.ts) is allowed only behind such an anchor, so a
 * population, fertility or exchange-rate table stays without indicator. Words are compared by
 * stem in every language their script allows, so plurals and agreement meet ("extranjeras").
 */
import type { Language } from "../catalogue/vocabulary";
import { normalizeText } from "../text/normalize";
import { stemKeySet } from "./stem-key-set";
import { memoizeByString } from "./string-memo";

/** Words that make a table migration-related, by language (normalised and stemmed below). */
const ANCHOR_WORDS: Record<Language, string> = {
  en: `migrant migrants migration migratory immigrant immigrants immigration emigrant emigrants
    emigration migr foreign foreigners foreigner nationality nationalities citizen citizens
    citizenship noncitizens
    asylum refugee refugees remittance remittances displaced displacement stateless
    statelessness deportation deportations deportees returnees diaspora naturalisation
    naturalization naturalisations resettlement resettled trafficking smuggling visas`,
  fr: `migrant migrants migration migrations migratoire migratoires immigre immigres immigration
    emigre emigres emigration etranger etrangers etrangere etrangeres nationalite nationalites
    citoyennete asile refugie refugies deplaces apatride apatrides naturalisation naturalisations
    reinstallation frontalier frontaliers diaspora expulsions`,
  es: `migrante migrantes migracion migraciones migratorio migratorios migratoria migratorias
    inmigrante inmigrantes inmigracion emigrante emigrantes emigracion extranjero extranjeros
    extranjera extranjeras nacionalidad nacionalidades ciudadania asilo refugiado refugiados
    remesas desplazados desplazamiento apatridas naturalizacion reasentamiento diaspora
    deportaciones residencias radicaciones`,
  ru: `мигрант мигранты мигрантов миграция миграции миграционный миграционного иммигрант
    иммигранты иммиграция эмигрант эмигранты эмиграция иностранец иностранцы иностранных
    иностранные гражданство гражданства беженцы беженцев беженец убежище убежища переселенцы
    переселенцев выбывшие выбывших прибывшие прибывших диаспора депортация натурализация`,
  ro: `migrant migranti migratie migratia migratiei imigrant imigranti imigrare imigratie emigrant
    emigranti emigrare emigratie strain straini straine cetatenie cetateniei nationalitate
    nationalitatea azil azilului refugiat refugiati remitente diaspora stramutate apatrizi
    naturalizare`,
  sr: `migrant migranti migranata migracija migracije imigrant imigranti imigracija iseljenik
    iseljenici iseljenika iseljavanje doseljenik doseljenici doseljavanje stranac stranci stranih
    strani drzavljanstvo azil azila izbeglice izbjeglice izbeglica raseljena raseljenih dijaspora
    мигранти миграција исељеници избеглице азил странци држављанство`,
  ar: `مهاجر مهاجرين المهاجرين مهاجرون الهجرة هجرة لاجئ لاجئين اللاجئين لجوء اللجوء الجنسية جنسية
    الاجانب اجانب اجنبي الوافدين وافدين النازحين نازحين التحويلات المغتربين مغتربين عديمي`,
};

/**
 * What moves when "migration" is not people: another domain's word beside an anchor voids it
 * (bird migration, data migration, cell migration).
 */
const OTHER_DOMAIN_WORDS = `bird birds birding avian animal animals wildlife fish whales butterflies
  insects species radar cells data database databases software server servers cloud
  oiseaux donnees logiciel aves datos especies птиц животных данных pasari datelor ptica podataka
  الطيور البيانات`;

const anchorWords = stemKeySet(Object.values(ANCHOR_WORDS).join(" "));
let otherDomainWords: Set<string> | undefined;

/** Whether one normalised word is a migration anchor (by itself or by a stem in its script). */
export const isAnchorWord: (word: string) => boolean = memoizeByString((w) => anchorWords.has(w));

/** Whether one normalised word names another domain that migrates (birds, data). */
export function isOtherDomainWord(word: string): boolean {
  otherDomainWords ??= new Set(normalizeText(OTHER_DOMAIN_WORDS).split(" "));
  return otherDomainWords.has(word);
}

/**
 * Whether a table's labels anchor it in migration: some label has an anchor word that no
 * other domain's word stands beside ("bird migration", "migration of data" do not count).
 */
export function hasMigrationAnchor(labelWords: readonly (readonly string[])[]): boolean {
  for (const words of labelWords) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? "";
      if (!isAnchorWord(w)) continue;
      const before = words[i - 1];
      const after = words[i + 1];
      if (before !== undefined && isOtherDomainWord(before)) continue;
      if (after !== undefined && isOtherDomainWord(after)) continue;
      return true;
    }
  }
  return false;
}
