import type { ExtraTerms } from "./extra-terms";

/*
 * Spanish terms of the International Organization for Migration, each as an IOM glossary gives
 * it: the key migration terms on iom.int («Términos fundamentales sobre migración», from the IOM
 * Glossary on Migration, International Migration Law No. 34) and the terminology annex of the
 * World Migration Report 2008 in Spanish («Informe sobre las migraciones en el mundo 2008»,
 * «Terminología sobre migración», read in the copy on yumpu.com). English and French forms of
 * these entries are already read by the catalogue.
 */

const KEY_TERMS =
  "OIM, Términos fundamentales sobre migración (iom.int/es/terminos-fundamentales-sobre-migracion)";
const WMR_2008 =
  "OIM, Informe sobre las migraciones en el mundo 2008, Terminología sobre migración (copy: yumpu.com/es/document/view/19296298, p. 569)";

export const iomTerms: ExtraTerms = {
  "gov-bilateral-agreements": {
    es: [
      {
        text: "acuerdos bilaterales de migración laboral",
        verified: true,
        source: `${KEY_TERMS}: «Acuerdos bilaterales de migración laboral – Convenios celebrados entre dos Estados …»`,
      },
    ],
  },
  // «Cantidad de migrantes que vive en cierto lugar en un momento determinado»: a stock.
  "stock-immigrants": {
    es: [
      {
        text: "contingente de migrantes",
        verified: true,
        source: `${WMR_2008}: «Contingente de migrantes»`,
      },
    ],
  },
};
