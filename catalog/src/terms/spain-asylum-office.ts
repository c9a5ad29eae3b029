import type { TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * Spain's Asylum and Refugee Office (OAR, Interior ministry) publishes a monthly «avance» of
 * international protection: applications lodged, and its first-instance decisions as
 * «propuestas de resolución», favourable or not (the words also name any draft decision, so
 * they are ambiguous alone). Its applicants («solicitantes de protección internacional») are
 * counted over the period, like "asylum seekers" ambiguous between the flow of applications
 * and the applicants present.
 */

const OAR_AVANCE =
  "Ministerio del Interior, avance mensual de datos de protección internacional a 31.03.2022, as transcribed by Asociación Progestión (blogextranjeriaprogestion.org/2022/04/21/solicitudes-proteccion-internacional-espana-a-31-3-2022): «SOLICITUDES PRESENTADAS … PROPUESTAS DE RESOLUCIÓN – FAVORABLES – Estatuto de refugiado – Protección subsidiaria … DESFAVORABLES … TASA DE RECONOCIMIENTO»";
const OAR_BALANCE =
  "Oficina de Asilo y Refugio, balance provisional a 30 de septiembre (elfarodemelilla.es): «Los principales países de procedencia de los solicitantes de protección internacional en estos nueve meses …»";

const applicants: TermInput = {
  text: "solicitantes de protección internacional",
  verified: true,
  source: OAR_BALANCE,
  ambiguous: true,
};

export const spainAsylumOfficeTerms: ExtraTerms = {
  "flow-asylum-applications": { es: [applicants] },
  "stock-asylum-seekers": { es: [applicants] },
  "flow-asylum-decisions": {
    es: [{ text: "propuestas de resolución", verified: true, source: OAR_AVANCE, ambiguous: true }],
  },
};
