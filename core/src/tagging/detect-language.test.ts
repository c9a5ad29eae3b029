import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/normalize";
import { detectLanguage, mainTextSample, samplePieces, scriptCounts } from "./detect-language";

describe("detectLanguage", () => {
  it("uses a declared catalogue language, regional and script subtags included", () => {
    expect(detectLanguage("", "fr-CH")).toEqual({ lang: "fr", source: "attribute", confidence: 1 });
    expect(detectLanguage("", "sr-Latn")).toMatchObject({ lang: "sr", script: "Latn" });
    expect(detectLanguage("", "sr-Cyrl-RS")).toMatchObject({ lang: "sr", script: "Cyrl" });
  });

  it("guesses when the declared language is not a catalogue one", () => {
    const text = "Население по гражданству и число прибывших мигрантов в 2023 году";
    expect(detectLanguage(text, "de")).toMatchObject({ lang: "ru", source: "guess" });
  });

  it("guesses from script", () => {
    expect(detectLanguage("طلبات اللجوء المقدمة في عام 2022").lang).toBe("ar");
    expect(detectLanguage("Број одобрених захтева за азил у Србији је порастао").lang).toBe("sr");
  });

  it("guesses Latin-script languages from function words", () => {
    expect(
      detectLanguage(
        "Les demandes d'asile et les décisions sont publiées par le SEM pour la Suisse.",
      ).lang,
    ).toBe("fr");
    expect(
      detectLanguage("Las solicitudes de asilo y los datos del INE para el año con la serie.").lang,
    ).toBe("es");
    expect(
      detectLanguage(
        "Numărul de cereri de azil și datele din anul 2022 pentru care este disponibil.",
      ).lang,
    ).toBe("ro");
    expect(
      detectLanguage(
        "Broj zahteva za azil je porastao i podaci su objavljeni od strane zavoda za statistiku.",
      ).lang,
    ).toBe("sr");
    expect(
      detectLanguage("The number of asylum applications in the year and the share of the total.")
        .lang,
    ).toBe("en");
  });

  it("lets the text overrule a declared tag only when it is clearly another language", () => {
    const romanian =
      "Fetele şi femeile din Moldova vor putea profita de noi oportunităţi de carieră prin instruirea IT. ".repeat(
        2,
      ) +
      "Ministerul Sănătății informează despre înregistrarea altor decese, care au fost confirmate în ultimele ore, pe care le-a anunţat ministrul şi pentru care sunt date din anul trecut. ".repeat(
        6,
      );
    expect(detectLanguage(romanian, "en")).toMatchObject({ lang: "ro", source: "guess" });
    // A few foreign words do not overrule the page's own tag.
    expect(detectLanguage("Le Monde and El País report the figures of the year.", "en")).toEqual({
      lang: "en",
      source: "attribute",
      confidence: 1,
    });
  });

  it("reads the text's own function words over a declared tag and title in another language", () => {
    // A Latin-script Serbian page of an English-language template: title and menu in English.
    const serbian =
      "Statistics of the Republic: Indicators for the Sustainable Development Goals | Home | About the site | Contact\n" +
      "Broj ljudi koji su umrli ili nestali u procesu migracije je porastao, a podaci su objavljeni od strane zavoda za statistiku i prema njima je broj veći nego prošle godine. ".repeat(
        3,
      );
    expect(detectLanguage(serbian, "en")).toMatchObject({ lang: "sr", source: "guess" });
    // Romanian «în», «la», «au» read as English "in" and French «la», «au»: the guess is only
    // 0.75 sure, but Romanian's own words outnumber English's many times.
    const romanian =
      "Fetele din Moldova vor putea profita de oportunităţi în domeniul IT, care au fost anunţate la Chişinău pentru femeile din regiune. ".repeat(
        10,
      ) + "The project is funded by the partners of the programme and the agency.";
    expect(detectLanguage(romanian, "en")).toMatchObject({ lang: "ro", source: "guess" });
    // An English page quoting a Spanish sentence keeps its tag.
    const english =
      "The minister said that the figures for the year are published in the report of the office, and that the number of asylum requests is rising. ".repeat(
        3,
      ) + "«Las solicitudes de asilo y los datos del INE para el año con la serie», he added.";
    expect(detectLanguage(english, "en")).toMatchObject({ lang: "en", source: "attribute" });
  });

  it("says other when it cannot tell", () => {
    expect(detectLanguage("12 345 678")).toEqual({ lang: "other", source: "guess", confidence: 0 });
  });

  it("counts letters and scripts as counting regex matches does, without the match arrays", () => {
    const matches = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
    const pieces = [
      "a",
      "Z",
      "é",
      " ",
      "7",
      "ж",
      "ђ",
      "ب",
      "٣",
      "،",
      "\u064b",
      "𝐀",
      "😀",
      "\ud800",
      "\udc00",
      "中",
      "-",
    ];
    let seed = 11;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = 0; i < n % 23; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length] ?? "";
      }
      expect(scriptCounts(text), JSON.stringify(text)).toEqual({
        letters: matches(text, /\p{L}/gu),
        arabic: matches(text, /\p{Script=Arabic}/gu),
        cyrillic: matches(text, /\p{Script=Cyrillic}/gu),
      });
    }
  });
});

describe("samplePieces", () => {
  it("cuts long text only where the normalised words stay those of the whole", () => {
    const lines: string[] = [];
    for (let i = 0; i < 600; i++) {
      // Most lines end inside a word split across lines ("recog-\nnition", with a soft hyphen,
      // after spaces); accents, a final sigma and Cyrillic too: none of them may change where
      // a piece is cut.
      lines.push(
        `Les demandes d'asile déposées en ${2000 + i} ont été recog-`,
        `nition ΟΔΟΣ internatio\u00AD  `,
        i % 3 === 0 ? `Число прибывших мигрантов ${i}` : "nal – households in every region-",
      );
    }
    const text = lines.join("\n");
    const pieces = samplePieces(text);
    expect(pieces.length).toBeGreaterThan(5);
    const words = (s: string) => normalizeText(s).split(" ").filter(Boolean);
    expect(pieces.flatMap(words)).toEqual(words(text));
    expect(scriptCounts(pieces.join(""))).toEqual(scriptCounts(text));
  });
});

describe("detectLanguage with boilerplate to skip", () => {
  // An English site frame (menus, related list) around a Spanish story, declared "en".
  const menu =
    "Home | News of the day and the world | Sport and the arts | Business of the city\n".repeat(40);
  const story =
    "El número de solicitudes de asilo presentadas en el país se duplicó en 2023 según los datos del ministerio, que publica las cifras por nacionalidad y por provincia para que se conozca la evolución de la protección internacional. ".repeat(
      6,
    );
  const text = `${menu}${story}${menu}`;
  const skip = [
    { start: 0, end: menu.length },
    { start: menu.length + story.length, end: text.length },
  ];

  it("reads the main text, not the template's menus", () => {
    expect(detectLanguage(text, "en").lang).toBe("en");
    expect(detectLanguage(text, "en", skip).lang).toBe("es");
    expect(mainTextSample(text, skip)).toBe(story);
  });

  it("reads the whole text when the main text is too short to tell", () => {
    const short = `${menu}Hola.`;
    expect(mainTextSample(short, [{ start: 0, end: menu.length }])).toBe(short);
  });
});
