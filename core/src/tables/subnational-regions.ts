/**
 * Sub-national geography in row or column labels: Russian oblasts, krais, republics and federal
 * districts, Mexican states, and the generic words for provinces, districts and raions.
 */
import { normalizeText } from "../text/normalize";
import { onFirstUse } from "../text/on-first-use";
import { stripFootnoteMarkers } from "./footnote-markers";
import { wordPattern } from "./word-pattern";

const MEXICAN_STATES = [
  "Aguascalientes",
  "Baja California",
  "Baja California Sur",
  "Campeche",
  "Coahuila de Zaragoza",
  "Coahuila",
  "Colima",
  "Chiapas",
  "Chihuahua",
  "Ciudad de México",
  "Distrito Federal",
  "Durango",
  "Guanajuato",
  "Guerrero",
  "Hidalgo",
  "Jalisco",
  "México",
  "Estado de México",
  "Michoacán de Ocampo",
  "Michoacán",
  "Morelos",
  "Nayarit",
  "Nuevo León",
  "Oaxaca",
  "Puebla",
  "Querétaro",
  "Querétaro de Arteaga",
  "Quintana Roo",
  "San Luis Potosí",
  "Sinaloa",
  "Sonora",
  "Tabasco",
  "Tamaulipas",
  "Tlaxcala",
  "Veracruz de Ignacio de la Llave",
  "Veracruz",
  "Yucatán",
  "Zacatecas",
  "Otros estados",
];

/** Normalised on first use: at load it took ~30 ms of the content script's injection at 4× CPU. */
const mexicanStateSet = onFirstUse(
  (): ReadonlySet<string> => new Set(MEXICAN_STATES.map(normalizeText)),
);

// Words that make a label a sub-national unit in any of the languages we read.
const REGION_WORD_RE = wordPattern([
  "област~",
  "кра[йя]",
  "крае",
  "республик~",
  "автономн~",
  "федеральн~ округ~",
  "фо",
  "ао",
  "г москва",
  "москва",
  "санкт петербург",
  "севастополь",
  "район~",
  "округ~",
  "province",
  "provincia",
  "provincie",
  "district",
  "distrito",
  "distrikt",
  "raion~",
  "rayon",
  "oblast",
  "judet~",
  "municipality",
  "municipio",
  "municipiul",
  "opstina",
  "okrug",
  "county",
  "departamento",
  "governorate",
  "محافظه",
  "ولايه",
]);

/** Words in a column header that announce a sub-national breakdown ("Nombre de la entidad"). */
const REGION_HEADER_RE = wordPattern([
  "(?<!member )states?",
  "state name",
  "territor~",
  "geograph~",
  "geografi~",
  "географи~",
  "comunidad~ autonom~",
  "jurisdiccion~",
  "localidad~",
  "municipalit~",
  "arrondissement~",
  "voivodeship~",
  "emirate~",
  "parish~",
  "nuts ?[123]",
  "области",
  "субъекты",
  "општин~",
  "округ~",
  "oras~",
  "entidad~",
  "estado~",
  "region~",
  "province~",
  "provincia~",
  "district~",
  "raion~",
  "oblast~",
  "municipality",
  "municipio~",
  "субъект~",
  "регион~",
  "район~",
  "judet~",
  "okrug",
  "opstin~",
  "departement~",
  "departamento~",
  "county",
  "counties",
  "canton~",
  "comuna~",
  "commune~",
  "prefecture~",
  "governorate~",
  "gouvernorat~",
  "wilaya~",
  "область",
  "край",
  // Imperial Russia's provinces and districts ("губ." in the yearbooks' headers).
  "губ",
  "губерни~",
  "уезд~",
  "محافظ~",
  "ولاي~",
]);

/** True when the label names a sub-national unit. */
export function isSubnationalRegion(label: string): boolean {
  const norm = normalizeText(stripFootnoteMarkers(label));
  if (norm === "") return false;
  return mexicanStateSet().has(norm) || REGION_WORD_RE.test(norm);
}

/** True when a header announces sub-national units below it. */
export function isRegionHeader(header: string): boolean {
  return REGION_HEADER_RE.test(normalizeText(header));
}
