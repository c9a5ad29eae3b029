import { describe, expect, it } from "vitest";
import type { Mention } from "./mention";
import { isInOrganisationName } from "./organisation-names";

/** A mention of `words` at its first place in `text` (the id does not matter here). */
function at(text: string, words: string): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { id: "x", text: words, start, end: start + words.length, score: 0.85 };
}

describe("isInOrganisationName", () => {
  it("reads words before an acronym spelt from the name's initials as the name", () => {
    const text =
      "In support of the plan, Immigration, Refugees and Citizenship Canada (IRCC) chose to release 10.5 floors.";
    expect(isInOrganisationName(text, at(text, "Immigration"))).toBe(true);
    expect(isInOrganisationName(text, at(text, "Refugees"))).toBe(true);
  });

  it("does not read a source in parentheses as the name of a capitalised title", () => {
    const text = "Total Refugee Population (UNHCR) reached 3.6 million in 2023.";
    expect(isInOrganisationName(text, at(text, "Refugee Population"))).toBe(false);
    const lower = "The refugees (UNHCR) numbered 3.6 million.";
    expect(isInOrganisationName(lower, at(lower, "refugees"))).toBe(false);
  });

  it("reads words after an institution word as the name", () => {
    const texts: [string, string][] = [
      ["The Office of Refugee Resettlement placed 2,000 children.", "Refugee Resettlement"],
      ["The Federal Office for Migration and Refugees (BAMF) counted 300,000.", "Refugees"],
      ["El Instituto Nacional de Migración detuvo a 500 personas en 2023.", "Migración"],
      ["Министерство по делам беженцев сообщило о 2000 человек.", "беженцев"],
      ["أعلنت وزارة الهجرة عن 5000 طلب.", "الهجرة"],
      ["The Ministry of Migration said 4,000 people arrived.", "Migration"],
    ];
    for (const [text, words] of texts)
      expect(isInOrganisationName(text, at(text, words))).toBe(true);
  });

  it("reads words before an institution word as the name", () => {
    const institute = "Research by the Migration Policy Institute found 250,000 cases.";
    expect(isInOrganisationName(institute, at(institute, "Migration Policy"))).toBe(true);
    const agency = "The UN refugee agency says 120 million people are displaced.";
    expect(isInOrganisationName(agency, at(agency, "refugee"))).toBe(true);
    // A name whose head is an enforcement word: ICE's removals are its own figures.
    const ice = "U.S. Immigration and Customs Enforcement has formally removed 302,192 people.";
    expect(isInOrganisationName(ice, at(ice, "Immigration"))).toBe(true);
    // Cyrillic and Arabic names glue their words to the head: «Управление миграции», «وزارة الهجرة».
    const ministry = "Управление миграции сообщило о 5 000 заявлений.";
    expect(isInOrganisationName(ministry, at(ministry, "миграции"))).toBe(true);
  });

  it("leaves the people counted after an institution's words alone", () => {
    const texts: [string, string][] = [
      ["The Ministry of the Interior's immigration figures show 5,000 arrivals.", "immigration"],
      ["The Home Office said 30,000 refugees arrived in 2023.", "refugees"],
      ["Office for National Statistics: net migration was 685,000.", "net migration"],
      ["Department of Homeland Security data show 2 million immigrants.", "immigrants"],
      ["Immigration rose by 20% in 2023, the ministry said.", "Immigration"],
      // A lower-case word glued after a capitalised head is the sentence's verb, not the name.
      ["Last month, Border Patrol apprehended 98,977 people.", "apprehended"],
      ["In 2023 the Home Office granted asylum to 15,000 people.", "granted asylum"],
    ];
    for (const [text, words] of texts)
      expect(isInOrganisationName(text, at(text, words)), text).toBe(false);
  });

  it("reads the words of a law's name as the name, not its figures' subject", () => {
    const act = "The Immigration and Nationality Act of 1965 changed the nation.";
    expect(isInOrganisationName(act, at(act, "Immigration"))).toBe(true);
    const loi = "La loi immigration de 2024 a été promulguée.";
    expect(isInOrganisationName(loi, at(loi, "immigration"))).toBe(true);
    const law = "Nearly 2,000 asylum seekers arrived under the new rules.";
    expect(isInOrganisationName(law, at(law, "asylum seekers"))).toBe(false);
    // A capitalised heading whose next words are not a name ending in a law's head stays.
    const heading = "Immigration and Jobs in 2023: 120,000 arrivals";
    expect(isInOrganisationName(heading, at(heading, "Immigration"))).toBe(false);
  });
});
