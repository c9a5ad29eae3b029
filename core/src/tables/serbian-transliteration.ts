/** Serbian Cyrillic to Latin (gajica), since Serbian statistics are printed in both scripts. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  ђ: "đ",
  е: "e",
  ж: "ž",
  з: "z",
  и: "i",
  ј: "j",
  к: "k",
  л: "l",
  љ: "lj",
  м: "m",
  н: "n",
  њ: "nj",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  ћ: "ć",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "č",
  џ: "dž",
  ш: "š",
};

export function serbianToLatin(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Letters of Russian, Ukrainian and Belarusian Cyrillic that Serbian Cyrillic lacks. */
const NOT_SERBIAN = /[ыэяюьъйщёіїєґў]/i;
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The Latin spelling of a label written in Serbian Cyrillic, so that it meets the catalogue's
 * Serbian terms, most of them collected in Latin («Тражиоци азила» is "Tražioci azila");
 * undefined for a text without Cyrillic or with a letter Serbian lacks (Russian «прибывшие»).
 */
export function serbianLatinOf(text: string): string | undefined {
  if (!CYRILLIC.test(text) || NOT_SERBIAN.test(text)) return undefined;
  return serbianToLatin(text);
}
