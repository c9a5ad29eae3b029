/**
 * Nationality words as countries: "Mexican aliens", "Venezolanos", "Haïtiens", «украинцы»,
 * «граждане Узбекистана». Offices label rows by the people's nationality as often as by the
 * country's name. Rather than a list per language, a word is read as a country when it shares
 * a long start with the one word that tells a country's name apart (its own, in any of the
 * seven languages) and ends as nationality words and inflections do; a few irregular stems
 * ("venezol-", "español-", "French") are listed. Elsewhere in the label only words for people
 * ("aliens", «граждане», "nacionales") may stand, so "Indicator" or "Other" name no country.
 */
import { normalizeText } from "../text/normalize";
import { firstUseWordSet } from "../text/on-first-use";
import { placeNames } from "./country-names";
import { memoizeByString } from "./string-memo";

/** Shorter name words ("US", "EU") are codes or particles. */
const MIN_NAME_WORD = 4;
/** Letters the word and the name share at least… */
const MIN_SHARED = 4;
/** …or this many, after which any short ending will do ("guatemal-teco", "hondur-eño"). */
const LONG_SHARED = 6;
/** Letters of the name left over at most ("Mexic-o" → "Mexic-an"; "Hondur-as" with LONG_SHARED). */
const MAX_NAME_LEFT = 2;
const MAX_NAME_LEFT_LONG = 3;
const MAX_WORD_LEFT_LONG = 6;

/** Endings of nationality words and of inflected names, folded (en, es, fr, ru, ro, sr). */
const ENDINGS: ReadonlySet<string> = new Set(
  `n an ian ean ese lese ish i is ans ians eans ns er ers
   o a os as no na nos nas ano ana anos anas eno ena enos enas ense enses es ino ina inos inas
   ico ica icos icas eses esa esas
   ien iens ens ienne iennes ain ains aine aines ais aise aises ois oise oises e s
   а ы и я у е ой ом ии ия ю цы ец ки ка ский ская ские ских ского
   ul ului ei ia eni ean ene ilor ani
   ski ska skih ci ac om ije iji`
    .split(/\s+/)
    .filter((e) => e !== ""),
);

/**
 * Words of territory names that are ordinary words or people's names ("Cook", "Jersey",
 * "Heard", "Virgin", "Verde", "Costa", "Marino"): never read as nationalities.
 */
const ORDINARY_NAME_WORDS: ReadonlySet<string> = new Set(
  `cook heard jersey virgin christmas sandwich norfolk marshall martin vincent pierre helena
   lucia verde costa rica sierra marino holy turks caicos faroe bouvet pitcairn mcdonald wallis
   futuna cocos keeling svalbard mayen falkland malvinas minor outlying territory territories
   antarctic antarctica southern northern french british american dutch kingdom united states
   republic republica republique republika democratic federation federal islands island isles
   saint sainte sveti people peoples arab islamic plurinational bolivarian guinea congo korea
   sudan samoa georgia dominica marin central centrale centro new nueva nouvelle novi nova
   south north east west sud nord sur norte este oeste ocean indien indian province provincia
   africa african africaine africana afrique america americas american americaine americana
   amerique asia asian asie europe european europa europeen oceania arabe cabo cape capul kape
   christophe cote crna democratique demokratska estados etats former great islamica islamic
   istocni ivory juzna juzni kits noua obala paises pays popular populaire regatul reino santo
   siege state statele statul sfanta sveta tarile teritoriile toma tome ujedinjeni ujedinjeno
   unie velika vert vicente восточныи государство демократическая новая нови обала света
   северная южныи јужна јужни сједињене уједињени уједињено црна источни unit unite unido unidos
   unidas unis`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

/** Stems of nationality words too far from their country's name to be found by its start. */
const IRREGULAR: readonly (readonly [string, string])[] = [
  ["venezol", "VE"],
  ["ecuator", "EC"],
  ["estadounid", "US"],
  ["espanol", "ES"],
  ["spaniard", "ES"],
  ["spanish", "ES"],
  ["french", "FR"],
  ["francais", "FR"],
  ["frances", "FR"],
  ["british", "GB"],
  ["britanic", "GB"],
  ["britanniq", "GB"],
  ["dutch", "NL"],
  ["holandes", "NL"],
  ["neerlandais", "NL"],
  ["swiss", "CH"],
  ["suizo", "CH"],
  ["suiza", "CH"],
  ["filipin", "PH"],
  ["afghan", "AF"],
  ["peruvian", "PE"],
  ["кита", "CN"],
  ["afgan", "AF"],
  ["polish", "PL"],
  ["polac", "PL"],
  ["korean", "KR"],
  ["coreano", "KR"],
  ["coreen", "KR"],
  ["congoles", "CD"],
  ["sudanes", "SD"],
  ["guinean", "GN"],
  ["guineen", "GN"],
  ["samoan", "WS"],
  ["узбек", "UZ"],
  ["таджик", "TJ"],
  ["киргиз", "KG"],
  ["кыргыз", "KG"],
  ["казах", "KZ"],
  ["туркмен", "TM"],
  ["армян", "AM"],
  ["азербайджан", "AZ"],
  ["грузин", "GE"],
  ["русск", "RU"],
  ["россиян", "RU"],
];

/** Words for people that may stand beside a nationality ("Mexican aliens", «граждане Украины»). */
const PEOPLE_WORDS = firstUseWordSet(
  `alien aliens national nationals citizen citizens immigrant immigrants migrant migrants
     emigrants worker workers refugee refugees resident residents persons people born
     nacional nacionales ciudadano ciudadana ciudadanos ciudadanas inmigrante inmigrantes
     migrante migrantes personas residentes trabajadores refugiados solicitantes
     ressortissant ressortissants immigre immigres etrangers citoyens travailleurs refugies
     personnes гражданин граждане граждан гражданами мигранты иммигранты лица работники беженцы
     cetateni cetatenii imigranti migranti persoane drzavljani radnici izbeglice gradjani`,
);

/**
 * Dependent territories (ISO 3166-1 codes): nationality words name states, and territory
 * names are full of ordinary and shared words ("Guyane", "Indien", "Géorgie du Sud").
 */
const TERRITORIES: ReadonlySet<string> = new Set(
  `AS AI AQ AW BM BV IO KY CX CC CK CW FK FO GF PF TF GI GL GP GU GG HM HK IM JE MO MQ YT MS NC
   NU NF MP PN PR RE BL SH MF PM SX GS SJ TK TC UM VG VI WF EH AX BQ`
    .split(/\s+/)
    .filter((c) => c !== ""),
);

/** Words that turn a nationality into its complement or a rest: "Non-Saudis", "Other aliens". */
const NOT_ONE_COUNTRY = firstUseWordSet(
  // "St Albans", "San Marcos": a saint's name starts a place's, not a nationality.
  `non no not other others otros otras autres autre другие прочие не ne alti ostali
     st ste saint sainte san santa sao`,
);

interface NameWord {
  word: string;
  code: string;
}

let index: Map<string, NameWord[]> | undefined;

/** Continents and their adjectives in any language ("Americke" in «Sjedinjene Americke Drzave»). */
const CONTINENT_RE = /^(?:afri|amer|asi|euro|evro|ocean|африк|амер|ази|европ|евро|океан)/u;

/** The word that tells a state's name apart: its first long word that is no ordinary one. */
const distinctiveWord = (name: string) =>
  name
    .split(" ")
    .find((w) => w.length >= MIN_NAME_WORD && !ORDINARY_NAME_WORDS.has(w) && !CONTINENT_RE.test(w));

/** Distinctive name words (one state's only), keyed by their first letters. */
function nameIndex(): Map<string, NameWord[]> {
  if (index) return index;
  const codes = new Map<string, Set<string>>();
  for (const [name, match] of placeNames()) {
    if (match.kind !== "country" || TERRITORIES.has(match.code)) continue;
    const w = distinctiveWord(name);
    if (w !== undefined) codes.set(w, (codes.get(w) ?? new Set()).add(match.code));
  }
  const built = new Map<string, NameWord[]>();
  const add = (word: string, code: string) => {
    const key = word.slice(0, MIN_SHARED);
    built.set(key, [...(built.get(key) ?? []), { word, code }]);
  };
  for (const [word, set] of codes) if (set.size === 1) add(word, [...set][0] ?? "");
  index = built;
  return built;
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The country a single folded word names as a nationality or an inflected name, if any. */
function countryOfWord(w: string): string | undefined {
  if (w.length < MIN_NAME_WORD) return undefined;
  for (const [stem, code] of IRREGULAR) if (w.startsWith(stem)) return code;
  for (const { word, code } of nameIndex().get(w.slice(0, MIN_SHARED)) ?? []) {
    const shared = sharedStart(w, word);
    const nameLeft = word.length - shared;
    const wordLeft = w.slice(shared);
    if (shared >= MIN_SHARED && nameLeft <= MAX_NAME_LEFT && ENDINGS.has(wordLeft)) return code;
    if (
      shared >= LONG_SHARED &&
      nameLeft <= MAX_NAME_LEFT_LONG &&
      wordLeft.length <= MAX_WORD_LEFT_LONG
    )
      return code;
  }
  return undefined;
}

/**
 * The ISO code of the country a label names by nationality ("Mexican aliens" → MX,
 * "Venezolanas" → VE, «граждане Таджикистана» → TJ), or undefined. One nationality word, and
 * besides it only words for people.
 */
export const demonymCountry: (label: string) => string | undefined = memoizeByString((label) => {
  const words = normalizeText(label).split(" ");
  if (words.length === 0 || words.length > 3) return undefined;
  let found: string | undefined;
  if (words.some((w) => NOT_ONE_COUNTRY.has(w))) return undefined;
  for (const w of words) {
    // "Sri Lankans", "New Zealanders": short words are particles of the name.
    if (PEOPLE_WORDS.has(w) || (w.length < MIN_NAME_WORD && words.length > 1)) continue;
    if (found !== undefined) return undefined;
    found = countryOfWord(w);
    if (found === undefined) return undefined;
  }
  return found;
});

/** True when a label has a word for people besides its nationality ("Mexican aliens"). */
export function namesPeople(label: string): boolean {
  return normalizeText(label)
    .split(" ")
    .some((w) => PEOPLE_WORDS.has(w));
}
