import type { Language, TermInput } from "@gapmap/core";
import { SDG_TITLE_SOURCE } from "../display-names/sources";
import type { ExtraTerms } from "./extra-terms";

/*
 * Phrases of the official UN SDG target texts that name a migration indicator: 8.8 (migrant
 * workers), 10.7 (planned and well-managed migration policies) and 10.c (the transaction costs
 * of migrant remittances), word for word as open-sdg/sdg-translations keeps the targets
 * (translations/<lang>/global_targets.yml at commit 0cda5858; line breaks read as spaces,
 * Unicode NFC). The Arabic file stretches some words with tatweel («سـياسات»); matching folds
 * it, so the phrases are written without.
 */

type TargetLanguage = keyof typeof SDG_TITLE_SOURCE;

const targetSource = (lang: TargetLanguage, target: string) =>
  `UN SDG target ${target} (${lang.toUpperCase()}), open-sdg/sdg-translations 0cda5858, global_targets.yml`;

/** One target's phrase in each language, verified against that language's file. */
function phrases(
  target: string,
  byLanguage: Partial<Record<TargetLanguage, string>>,
): Partial<Record<Language, TermInput[]>> {
  const out: Partial<Record<Language, TermInput[]>> = {};
  for (const [lang, text] of Object.entries(byLanguage) as [TargetLanguage, string][])
    out[lang] = [{ text, verified: true, source: targetSource(lang, target) }];
  return out;
}

export const sdgTargetPhraseTerms: ExtraTerms = {
  "remit-cost": phrases("10.c", {
    en: "transaction costs of migrant remittances",
    fr: "coûts de transaction des envois de fonds effectués par les migrants",
    es: "costos de transacción de las remesas de los migrantes",
    ru: "операционные затраты, связанные с переводом мигрантами денежных средств",
    ar: "تكاليف معاملات تحويلات المهاجرين",
    ro: "costurilor de tranzacționare a transferurilor de bani ale migranților",
  }),
  "gov-migration-policy": phrases("10.7", {
    en: "planned and well-managed migration policies",
    fr: "politiques migratoires planifiées et bien gérées",
    es: "políticas migratorias planificadas y bien gestionadas",
    ru: "спланированной и хорошо продуманной миграционной политики",
    ar: "سياسات الهجرة المخطط لها والتي تتسم بحسن الإدارة",
    ro: "politici de migrație planificate și bine gestionate",
  }),
  // The French target says «les migrants» alone, which names no indicator: not listed.
  "stock-migrant-workers": phrases("8.8", {
    en: "migrant workers",
    es: "trabajadores migrantes",
    ru: "трудящихся-мигрантов",
    ar: "العمال المهاجرون",
    ro: "lucrătorii migranți",
  }),
};
