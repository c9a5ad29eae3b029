import type { ExtraTerms } from "./extra-terms";

/*
 * Colombia regularised Venezuelan migrants with two permits that name its permit statistics
 * and files: the Permiso Especial de Permanencia (PEP, from 2017) and the Permiso por
 * Protección Temporal (PPT) of the Estatuto Temporal de Protección (Decreto 216 de 2021). The
 * permits are counted as issued (a flow) and as held (a stock); their names sit with the
 * permits issued, and the bare acronyms are ambiguous («PEP» also names politically exposed
 * persons, «PPT» a slide file).
 */

const DECRETO_216 =
  "Función Pública, Gestor Normativo, Decreto 216 de 2021 «Estatuto Temporal de Protección para Migrantes Venezolanos Bajo Régimen de Protección Temporal», subtema «Permiso por Protección Temporal PPT» (funcionpublica.gov.co/eva/gestornormativo/norma.php?i=159606); Migración Colombia, Resolución 971 de 2021 (Diario Oficial 51.660)";
const PEP =
  "Migración Colombia (@MigracionCol), as reported by eltubazodigital.com: «venezolanos censados a través del Registro Administrativo de Migrantes Venezolanos (RAMV) podrán solicitar el Permiso Especial de Permanencia (PEP)»; pulzo.com on Migración Colombia's 2017 report: «Dicho permiso PEP …»";

export const colombiaMigrationPermitTerms: ExtraTerms = {
  "flow-residence-permits": {
    es: [
      { text: "Permiso por Protección Temporal", verified: true, source: DECRETO_216 },
      { text: "PPT", kind: "acronym", verified: true, source: DECRETO_216, ambiguous: true },
      { text: "Permiso Especial de Permanencia", verified: true, source: PEP },
      { text: "PEP", kind: "acronym", verified: true, source: PEP, ambiguous: true },
    ],
  },
};
