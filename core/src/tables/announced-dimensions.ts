/**
 * Breakdowns that words outside the table's body announce or rule out: the title ("by sex and
 * age") and metadata lines that pin a kind to one value ("Sex | Total").
 */
import type { DetectedDimension } from "./schema";
import { normalizeText } from "../text/normalize";
import { wordPattern } from "./word-pattern";

type Kind = DetectedDimension["kind"];

const titleDimension = (kind: Kind): DetectedDimension => ({ kind, source: "title", examples: [] });

const TITLE_KIND_PATTERNS: readonly (readonly [Kind, RegExp])[] = [
  ["sex", wordPattern(["sex", "sexe", "sexo", "полу", "genul", "spolu", "polu", "الجنس"])],
  ["age", wordPattern(["age", "ages", "edad", "возраст~", "varst~", "starost~", "العمر"])],
  [
    "education",
    wordPattern([
      "educational attainment",
      "education level",
      "niveau d education",
      "nivel educativo",
      "уров~ образования",
    ]),
  ],
  ["occupation", wordPattern(["occupation~", "profession~", "ocupacion~", "професси~", "занятий"])],
  // "by reason", "par motif", not "for humanitarian purposes" (one reason, fixed by the title).
  [
    "reason",
    wordPattern([
      "(?:by|and|according to) (?:main )?(?:reason|purpose)~",
      "reasons? for",
      "(?:par|selon le|selon les|et) motif~",
      "(?:por|segun|y) motivo~",
      "причин~",
      "цел~ въезда",
    ]),
  ],
];

/** Breakdowns the title announces ("by sex and age"), kept only when rows and columns did not show them. */
export function dimensionsOfTitle(title: string): DetectedDimension[] {
  const norm = normalizeText(title);
  return TITLE_KIND_PATTERNS.filter(([, re]) => re.test(norm)).map(([kind]) =>
    titleDimension(kind),
  );
}

const METADATA_KIND_KEYS: readonly (readonly [Kind, RegExp])[] = [
  ["sex", wordPattern(["sex", "sexe", "sexo", "пол", "spol", "pol", "الجنس"], { atStart: true })],
  [
    "age",
    wordPattern(["age~", "edad", "возраст~", "varsta", "starost", "العمر"], { atStart: true }),
  ],
];

/**
 * Kinds that a metadata line pins to a single value ("Sex | Total" in a Eurostat extract): the
 * title may name them, but this table does not break down by them.
 */
export function kindsFixedByMetadata(metadata: Readonly<Record<string, string>>): Set<Kind> {
  const fixed = new Set<Kind>();
  for (const [key, value] of Object.entries(metadata)) {
    const k = normalizeText(key);
    for (const [kind, re] of METADATA_KIND_KEYS)
      if (re.test(k) && value.trim() !== "") fixed.add(kind);
  }
  return fixed;
}
