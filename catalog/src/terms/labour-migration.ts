import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Labour migration as the ILO names its statistics: the ILOSTAT database on International
 * Labour Migration Statistics (ILMS) counts the stocks of international migrant workers and
 * their inflows and outflows, and the ILO's own topic pages call the subject "labour migration"
 * («migration de main-d'œuvre», «migración laboral», «هجرة اليد العاملة»; Serbia's ministry of labour, «ekonomske migracije»). The words name migrant workers, not the
 * labour force, which French «main-d'œuvre» alone names ("Migration de main-d'œuvre" was read as
 * the context labour force). A country of destination counts the workers it hosts, a country of
 * origin the workers it sends: the bare subject is ambiguous between the two; the ILMS's "migrant
 * workers" are the stock.
 */

const ILMS_EN =
  "ILOSTAT, International Labour Migration Statistics (ILMS database), concepts and definitions; topic page 'Statistics on international labour migration': 'labour migration', 'migrant worker stocks, inflows and outflows' (ilostat.ilo.org)";
const ILMS_FR =
  "OIT, « Migration de main-d'œuvre » et « Statistiques sur les migrations de main-d’œuvre » (ilo.org/global/topics/labour-migration, lang--fr); ILOSTAT, « Statistiques internationales sur les migrations de main-d'œuvre (base de données ILMS) » : « travailleurs migrants internationaux » (ilostat.ilo.org/fr)";
const ILMS_ES =
  "OIT, «Marco multilateral de la OIT para las migraciones laborales» (ilo.org, lang--es); ILOSTAT, «Estadísticas internacionales sobre migraciones laborales (base de datos ILMS)»: «trabajadores migrantes internacionales» (ilostat.ilo.org/es); Portal de Datos sobre Migración (OIM), «Migración laboral» (migrationdataportal.org/es)";

const ILO_BEIRUT_AR =
  "منظمة العمل الدولية، المكتب الإقليمي للدول العربية: «هجرة اليد العاملة»، «العمال المهاجرون»، «المستشار الإقليمي لشؤون العمالة المهاجرة» (ilo.org/beirut/areasofwork/labour-migration/lang--ar)";

const SR_MINRZS =
  "Ministarstvo za rad, zapošljavanje, boračka i socijalna pitanja, «Usvojena Strategija o ekonomskim migracijama Republike Srbije za period 2021-2027. godine» / «Усвојена Стратегија о економским миграцијама …» (minrzs.gov.rs); međuministarska konferencija CEI «Radne migracije – Regularni putevi i održiva tržišta rada», Beograd, 6–7. novembra 2025 (nemackasaradnja.rs)";

const subject = (text: string, source: string): TermInput => ({
  text,
  verified: true,
  source,
  ambiguous: true,
});
const workers = (text: string, source: string): TermInput => ({ text, verified: true, source });

export const labourMigrationTerms: ExtraTerms = {
  "stock-migrant-workers": {
    en: [
      subject("labour migration", ILMS_EN),
      subject("labor migration", ILMS_EN),
      subject("international labour migration", ILMS_EN),
      workers("international migrant workers", ILMS_EN),
    ],
    fr: [
      subject("migration de main-d'œuvre", ILMS_FR),
      subject("migrations de main-d'œuvre", ILMS_FR),
      subject("migrations internationales de main-d'œuvre", ILMS_FR),
      workers("travailleurs migrants internationaux", ILMS_FR),
    ],
    es: [
      subject("migración laboral", ILMS_ES),
      subject("migraciones laborales", ILMS_ES),
      workers("trabajadores migrantes internacionales", ILMS_ES),
    ],
    ar: [subject("هجرة اليد العاملة", ILO_BEIRUT_AR), workers("العمالة المهاجرة", ILO_BEIRUT_AR)],
    sr: [
      subject("ekonomske migracije", SR_MINRZS),
      subject("економске миграције", SR_MINRZS),
      subject("radne migracije", SR_MINRZS),
    ],
  },
  "flow-labour-emigration": {
    en: [subject("labour migration", ILMS_EN), subject("labor migration", ILMS_EN)],
    fr: [
      subject("migration de main-d'œuvre", ILMS_FR),
      subject("migrations de main-d'œuvre", ILMS_FR),
    ],
    es: [subject("migración laboral", ILMS_ES), subject("migraciones laborales", ILMS_ES)],
    ar: [subject("هجرة اليد العاملة", ILO_BEIRUT_AR)],
    sr: [
      subject("ekonomske migracije", SR_MINRZS),
      subject("економске миграције", SR_MINRZS),
      subject("radne migracije", SR_MINRZS),
    ],
  },
};
