import type { ExtraTerms } from "./extra-terms";

/*
 * Internal migration as statistics offices title it where the catalogue had no words for it.
 * Russian: the Central Statistical Committee's yearbook counted the peasants who moved inside the
 * Empire as «переселенцы» (resettlers); in today's Russian the bare word also names forced
 * migrants («вынужденные переселенцы», stock-idps) and the resettlement of compatriots from
 * abroad, so alone it is ambiguous; «переселенцы внутри России» and «крестьяне-переселенцы»
 * are not. Spanish: INE's Migration Statistics publish «migraciones interiores» (interprovincial
 * and inter-regional moves) beside the exterior ones, and its English pages call them "interior
 * migration" and "intermunicipal migration". English "resettlers" is left out: it names refugees
 * resettled from abroad, and Germany's ethnic German immigrants (Aussiedler), as often.
 */

const RTSS_NOTES =
  "ЦСК, «Ежегодник России» 1916, «Сведения о переселенцах внутри России», pp. I/94–109, as transcribed by the RTSS project (oboguev/RTSS, rtss-pre1917/src/main/resources/inner-migration/notes.txt @ b339e56869df4c9b62cdbaf2f98750a47c10fd15)";
const RTSS_COARSE =
  "ЦСК, «Ежегодник России» 1916, «Сведения о крестьянах-переселенцах и ходоках внутри России», as transcribed by the RTSS project (oboguev/RTSS, rtss-pre1917/src/main/resources/inner-migration/1896-1916/inner-migration-coarse.xlsx @ 9584ac0cc51f3d2c66a17ec99500ab36866afa03, sheet 'note')";
const INE_IOE =
  "INE, Inventario de Operaciones Estadísticas 7872, «Estadística de Migraciones»: «flujos migratorios tanto exteriores como interiores … migraciones interprovinciales e interautonómicas» (ine.es/dyngs/IOE/en/fichaPlan.htm?cid=1259946126982); INEbase tables «Migraciones interiores» (ine.es)";
const INE_EN =
  "INE, INEbase in English: 'Interior migration', 'Intermunicipal migration by community and province' (ine.es/jaxi/Tabla.htm?L=1&tpx=61754); 'Domestic migration indicators' (ine.es/jaxiT3/Tabla.htm?L=1&t=61598)";

export const internalMigrationTerms: ExtraTerms = {
  "flow-internal-migration": {
    ru: [
      { text: "переселенцы", verified: true, source: RTSS_NOTES, ambiguous: true },
      { text: "переселенцы внутри России", verified: true, source: RTSS_NOTES },
      { text: "крестьяне-переселенцы", verified: true, source: RTSS_COARSE },
    ],
    es: [
      { text: "migraciones interiores", verified: true, source: INE_IOE },
      { text: "migración interior", verified: true, source: INE_IOE },
      { text: "migraciones interprovinciales", verified: true, source: INE_IOE },
      { text: "migraciones interautonómicas", verified: true, source: INE_IOE },
    ],
    en: [
      { text: "interior migration", verified: true, source: INE_EN },
      { text: "intermunicipal migration", verified: true, source: INE_EN },
      { text: "domestic migration", verified: true, source: INE_EN },
    ],
  },
};
