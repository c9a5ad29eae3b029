import type { Language, TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Terms of the European Migration Network's Asylum and Migration Glossary, as its entries give
 * them in English, French, Spanish and Romanian (the stored entries that were read have no
 * Russian, Serbian or Arabic column). Each source names the entry. The glossary's own spelling
 * is kept (Romanian with cedilla letters where the entry has them); matching folds diacritics.
 */

type ByLanguage = Partial<Record<Language, TermInput[]>>;

/** The terms one glossary entry gives, each verified against that entry. */
function entry(
  name: string,
  byLang: Partial<Record<Language, string[]>>,
  flags: { ambiguous?: true } = {},
  // The glossary as the Commission publishes it, or as an EMN national contact point does.
  site = "home-affairs.ec.europa.eu",
): ByLanguage {
  const source = `EMN Asylum and Migration Glossary, entry "${name}" (${site})`;
  const out: ByLanguage = {};
  for (const [lang, texts] of Object.entries(byLang) as [Language, string[]][])
    out[lang] = texts.map((text) => ({ text, verified: true, source, ...flags }));
  return out;
}

/** Several entries' terms for one indicator, language by language. */
function combined(...parts: ByLanguage[]): ByLanguage {
  const out: ByLanguage = {};
  for (const part of parts)
    for (const [lang, terms] of Object.entries(part) as [Language, TermInput[]][])
      out[lang] = [...(out[lang] ?? []), ...terms];
  return out;
}

// A document proves a permit was issued or is held: it names neither the flow nor the stock.
const residenceDocument = entry(
  "residence document",
  { es: ["documento de residencia"], ro: ["document de şedere"] },
  { ambiguous: true },
);

export const emnGlossaryTerms: ExtraTerms = {
  "flow-asylum-applications": combined(
    entry("application for international protection", {
      fr: ["demande de protection internationale"],
      es: ["solicitud de protección internacional"],
      ro: ["cerere pentru protecţie internaţională"],
    }),
    entry("application for asylum", {
      en: ["application for asylum"],
      fr: ["demande d'asile"],
      es: ["solicitud de asilo"],
      ro: ["cerere de azil"],
    }),
  ),
  "flow-removals": entry("return decision", {
    en: ["return decision"],
    fr: ["décision de retour"],
    es: ["resolución de expulsión"],
    ro: ["decizie de returnare"],
  }),
  "flow-refusals-of-entry": entry("refusal of entry", {
    en: ["refusal of entry"],
    fr: ["refus d'entrée"],
    es: ["denegación de entrada"],
    ro: ["refuzarea intrării"],
  }),
  "flow-naturalisations": combined(
    entry("acquisition of citizenship", {
      en: ["acquisition of citizenship"],
      fr: ["acquisition de la nationalité"],
    }),
    entry("naturalisation", {
      es: ["adquisición de nacionalidad"],
      ro: ["obţinerea cetăţeniei", "naturalizare"],
    }),
  ),
  "flow-family-reunification": entry("family reunification", {
    en: ["family reunification"],
    fr: ["regroupement familial"],
    es: ["reagrupación familiar"],
    ro: ["reunificarea familiei"],
  }),
  // One word each, and "réinstallation" also means reinstalling software: not decisive alone.
  "flow-resettlement": entry(
    "resettlement",
    { fr: ["réinstallation"], es: ["reasentamiento"] },
    { ambiguous: true },
  ),
  "stock-irregular-migrants": entry("irregular migrant", {
    en: ["irregular migrant"],
    fr: ["migrant en séjour irrégulier"],
    es: ["inmigrante en situación irregular"],
    ro: ["migrant ilegal"],
  }),
  "flow-net-migration": entry("net migration", {
    en: ["net migration"],
    es: ["saldo migratorio"],
    ro: ["migraţia netă"],
  }),
  "stock-stateless": entry("stateless person", {
    en: ["stateless person"],
    fr: ["apatride"],
    es: ["apátrida"],
    ro: ["apatrid"],
  }),
  "stock-migrant-workers": entry("migrant worker", {
    en: ["migrant worker"],
    fr: ["travailleur migrant"],
    es: ["trabajador migrante"],
    ro: ["lucrător migrant", "muncitor migrant"],
  }),
  // Sent or received: the word names no direction (as the catalogue's own «remesas»).
  "remit-inflow": entry(
    "remittance",
    { en: ["remittance"], fr: ["envoi de fonds"], ro: ["remitenţă"] },
    { ambiguous: true },
  ),
  "labour-child-labour": entry(
    "child labour",
    {
      en: ["child labour"],
      fr: ["travail des enfants"],
      es: ["trabajo infantil"],
      ro: ["munca pentru copii"],
    },
    {},
    "EMN Lithuania, emn.lt",
  ),
  "flow-trafficking-victims": entry(
    "trafficking in human beings",
    {
      en: ["trafficking in human beings"],
      es: ["trata de seres humanos"],
      ro: ["trafic de fiinţe umane"],
    },
    {},
    "EMN Lithuania, emn.lt",
  ),
  // "A person who has been granted refugee status or subsidiary protection status": the stock
  // of people protected, not the decisions that granted it.
  "stock-refugees-hosted": entry(
    "beneficiary of international protection",
    {
      en: ["beneficiary of international protection"],
      es: ["beneficiario de protección internacional"],
      fr: ["bénéficiaire d’une protection internationale"],
      ro: ["beneficiar al protectiei internationale"],
    },
    {},
    "EMN Lithuania, emn.lt",
  ),
  "flow-residence-permits": residenceDocument,
  "stock-permit-holders": residenceDocument,
};
