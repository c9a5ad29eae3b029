/**
 * Display names of the catalogue's concepts (definitions) in French, Spanish and Russian; their
 * national variants are in variants.ts. Unverified: our own translations of the catalogue's
 * English names (terms such as « résidence habituelle » follow the UN Recommendations' French
 * and Spanish editions in wording, but were not checked title by title). English comes from the
 * catalogue.
 */
import type { NamesByLanguageInput } from "@gapmap/core";

type Names = Record<string, NamesByLanguageInput>;

export const conceptNames: Names = {
  "usual-residence": {
    fr: "Résidence habituelle",
    es: "Residencia habitual",
    ru: "Обычное место жительства",
  },
  "international-migrant": {
    fr: "Migrant international",
    es: "Migrante internacional",
    ru: "Международный мигрант",
  },
  "long-term-migrant": {
    fr: "Migrant de longue durée",
    es: "Migrante de larga duración",
    ru: "Долгосрочный мигрант",
  },
  "short-term-migrant": {
    fr: "Migrant de courte durée",
    es: "Migrante de corta duración",
    ru: "Краткосрочный мигрант",
  },
  "temporary-migration": {
    fr: "Migration temporaire",
    es: "Migración temporal",
    ru: "Временная миграция",
  },
  "circular-migration": {
    fr: "Migration circulaire",
    es: "Migración circular",
    ru: "Циркулярная миграция",
  },
  "internal-migrant": {
    fr: "Migrant interne",
    es: "Migrante interno",
    ru: "Внутренний мигрант",
  },
  "foreign-born": {
    fr: "Population née à l’étranger",
    es: "Población nacida en el extranjero",
    ru: "Население, родившееся за рубежом",
  },
  "foreign-citizen": {
    fr: "Ressortissant étranger",
    es: "Ciudadano extranjero",
    ru: "Иностранный гражданин",
  },
  "international-migrant-stock": {
    fr: "Stock de migrants internationaux",
    es: "Stock de migrantes internacionales",
    ru: "Численность международных мигрантов",
  },
  diaspora: { fr: "Diaspora", es: "Diáspora", ru: "Диаспора" },
  "migratory-status": {
    fr: "Statut migratoire",
    es: "Situación migratoria",
    ru: "Миграционный статус",
  },
  naturalisation: {
    fr: "Naturalisation et acquisition de la nationalité",
    es: "Naturalización y adquisición de la ciudadanía",
    ru: "Натурализация и приобретение гражданства",
  },
  "immigration-flow": {
    fr: "Flux d’immigration",
    es: "Flujo de inmigración",
    ru: "Иммиграционный поток",
  },
  "emigration-flow": {
    fr: "Flux d’émigration",
    es: "Flujo de emigración",
    ru: "Эмиграционный поток",
  },
  "net-migration": { fr: "Solde migratoire", es: "Migración neta", ru: "Миграционное сальдо" },
  "return-migrant": {
    fr: "Migrant de retour",
    es: "Migrante retornado",
    ru: "Возвратный мигрант",
  },
  refugee: { fr: "Réfugié", es: "Refugiado", ru: "Беженец" },
  "asylum-seeker": {
    fr: "Demandeur d’asile",
    es: "Solicitante de asilo",
    ru: "Лицо, ищущее убежища",
  },
  idp: {
    fr: "Personne déplacée à l’intérieur de son propre pays",
    es: "Desplazado interno",
    ru: "Внутренне перемещённое лицо",
  },
  "stateless-person": { fr: "Apatride", es: "Apátrida", ru: "Лицо без гражданства" },
  "trafficking-victim": {
    fr: "Victime de la traite des personnes",
    es: "Víctima de la trata de personas",
    ru: "Жертва торговли людьми",
  },
  "irregular-migrant": {
    fr: "Migrant en situation irrégulière",
    es: "Migrante en situación irregular",
    ru: "Мигрант с неурегулированным статусом",
  },
  "personal-remittances": {
    fr: "Envois de fonds personnels",
    es: "Remesas personales",
    ru: "Личные денежные переводы",
  },
  "personal-transfers": {
    fr: "Transferts personnels",
    es: "Transferencias personales",
    ru: "Личные трансферты",
  },
  "compensation-of-employees": {
    fr: "Rémunération des salariés",
    es: "Remuneración de asalariados",
    ru: "Оплата труда работников",
  },
  "migrant-worker": {
    fr: "Travailleur migrant international",
    es: "Trabajador migrante internacional",
    ru: "Международный трудовой мигрант",
  },
  "seasonal-worker": {
    fr: "Travailleur saisonnier",
    es: "Trabajador de temporada",
    ru: "Сезонный работник",
  },
};
