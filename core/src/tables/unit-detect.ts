/**
 * Finds a table's unit: a corner cell or title in parentheses ("(thousand USD)", "(mln AMD)"),
 * a metadata line ("Unit of measure: Person"), or a plain phrase ("in thousands", "в тысячах",
 * "en miles", "(%)"). Also reads the currency a text names, to catch sheets whose unit
 * contradicts their name.
 */
import { memoizeByString } from "./string-memo";

export type UnitSource = "metadata" | "corner" | "title" | "header" | "sheet";

export interface UnitFinding {
  unit: string;
  source: UnitSource;
}

const SCALE_WORDS =
  "thousands?|millions?|billions?|mln|mn|bn|'000|000s|тысяч\\S*|тыс\\.?|млн\\.?|млрд\\.?|miles|millones|milliers|mii|milioane|hiljad\\S*|milion\\S*|آلاف|مليون";
const CURRENCY_CODES =
  "USD|EUR|AMD|RUB|GEL|AZN|KZT|KGS|UAH|MDL|RSD|BAM|MKD|ALL|MXN|GBP|CHF|TRY|EGP|MAD|TND|DZD|JOD|LBP|SAR|AED";
const CURRENCY_WORDS =
  "dollars?|euros?|drams?|rubles?|roubles?|руб\\S*|долл\\S*|евро|драм\\S*|лари|pesos|lei|dinara?|dinars?";
const UNIT_WORDS =
  "persons?|people|personas|personnes|человек|чел\\.?|persoane|lica|osoba|أشخاص|cases|events|%|percent|per cent|por ciento|pourcentage|процент\\S*";

const PAREN_UNIT_RE = new RegExp(
  `\\(\\s*((?:in\\s+|en\\s+|в\\s+)?(?:(?:${SCALE_WORDS})(?=[\\s)]|$)[^()]*|(?:${CURRENCY_CODES})\\b[^()]*|(?:${CURRENCY_WORDS})[^()]*|(?:${UNIT_WORDS})))\\s*\\)`,
  "iu",
);
const PHRASE_UNIT_RE = new RegExp(
  `(?:^|[\\s(,])(?:in|en|в)\\s+((?:${SCALE_WORDS})(?:\\s+(?:of\\s+|de\\s+)?(?:${CURRENCY_CODES}|${CURRENCY_WORDS}|${UNIT_WORDS}))?)`,
  "iu",
);
const METADATA_UNIT_KEY_RE =
  /^(unit( of measure)?|unité( de mesure)?|unidad( de medida)?|единица измерения|unitate de masura|jedinica mere)\s*:?$/iu;
const CURRENCY_IN_TEXT_RE = new RegExp(`\\b(${CURRENCY_CODES})\\b`, "g");

/** The unit a single text states, if any (memoised: corner cells and titles repeat). */
export const unitInText: (text: string) => string | undefined = memoizeByString(findUnitInText);

function findUnitInText(text: string): string | undefined {
  // The parenthesised form needs a "(": most texts skip that regex.
  const paren = text.includes("(") ? PAREN_UNIT_RE.exec(text) : null;
  if (paren?.[1]) return paren[1].replace(/^(in|en|в)\s+/iu, "").trim();
  const phrase = PHRASE_UNIT_RE.exec(text);
  if (phrase?.[1]) return phrase[1].trim();
  return undefined;
}

/** True for a metadata key that introduces the unit ("Unit of measure"). */
export function isUnitKey(key: string): boolean {
  return METADATA_UNIT_KEY_RE.test(key.trim());
}

/** ISO currency codes a text names ("annual in AMD" → AMD). */
export function currenciesIn(text: string): string[] {
  return [...new Set([...text.toUpperCase().matchAll(CURRENCY_IN_TEXT_RE)].map((m) => m[1] ?? ""))];
}

export interface UnitInputs {
  metadataUnit?: string;
  cornerTexts: readonly string[];
  title: string | null;
  headerLabels: readonly string[];
}

/** Share of value-column headers that must say "%" for the whole table to be in percent. */
const PERCENT_HEADER_SHARE = 0.8;

/** The table's unit, checked from the most to the least specific place. */
export function detectUnit(inputs: UnitInputs): UnitFinding | undefined {
  if (inputs.metadataUnit) return { unit: inputs.metadataUnit, source: "metadata" };
  for (const text of inputs.cornerTexts) {
    const unit = unitInText(text);
    if (unit) return { unit, source: "corner" };
  }
  const fromTitle = inputs.title === null ? undefined : unitInText(inputs.title);
  if (fromTitle) return { unit: fromTitle, source: "title" };
  const labels = inputs.headerLabels.filter((l) => l !== "");
  const percent = labels.filter((l) => /%|percent|porcentaje|pourcentage|процент/iu.test(l)).length;
  if (labels.length > 0 && percent / labels.length >= PERCENT_HEADER_SHARE)
    return { unit: "%", source: "header" };
  return undefined;
}
