/**
 * A generic word that modifies an administrative noun names the administration, not the people
 * it counts: "immigration detention", "Immigration Judge", "Immigration Enforcement",
 * "immigration and commodity abuse", "Immigration and Naturalization Service" count detainees,
 * bail grants or reports, not immigrants arriving.
 */

/** Normalised nouns of the machinery of migration control that a modifier can precede. */
const ADMINISTRATIVE_HEADS = new Set([
  "enforcement",
  "detention",
  "detained",
  "detainees",
  "judge",
  "judges",
  "tribunal",
  "tribunals",
  "court",
  "courts",
  "officer",
  "officers",
  "official",
  "officials",
  "caseworker",
  "caseworkers",
  "lawyer",
  "lawyers",
  "adviser",
  "advisers",
  "advice",
  "bail",
  "powers",
  "rules",
  "law",
  "laws",
  "act",
  "abuse",
  "offence",
  "offences",
  "offenses",
  "crime",
  "crimes",
  "raid",
  "raids",
  "estate",
  "authority",
  "authorities",
  "department",
  "service",
  "services",
  "control",
  "controls",
  "system",
  "fee",
  "fees",
  "surcharge",
]);

/** Words that join two modifiers of one head ("immigration and commodity abuse"). */
const JOINERS = new Set(["and", "or", "et", "y"]);

/** A head noun, without a footnote number glued to it ("detention27", "abuse1"). */
const isHead = (token: string | undefined) =>
  token !== undefined && ADMINISTRATIVE_HEADS.has(token.replace(/\d+$/u, ""));

/** Whether tokens[i] (normalised words) modifies an administrative noun right after it. */
export function modifiesAdministration(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? "";
  if (isHead(next)) return true;
  // "immigration and commodity abuse", "Immigration and Naturalization Service".
  return JOINERS.has(next) && isHead(tokens[i + 3]);
}
