/**
 * The tag-page bench's page: ~2 MB of French and English prose in 50,000 text nodes, with 200
 * small asylum tables spread evenly between the paragraphs.
 */
const TARGET_TEXT_NODES = 50_000;
export const TABLES = 200;
const TABLE_ROWS = 6;
const TABLE_YEARS = [2019, 2020, 2021, 2022];

const SENTENCES = [
  "Le rapport annuel présente la population, le climat et l'économie du pays. ",
  "Les demandes d'asile et les décisions positives sont publiées chaque mois. ",
  "The survey covers households in every region, with a new sample each year. ",
  "Net migration and remittances received are shown in the annex tables. ",
];
const WORDS = ["Statistiques", "nationales", "emigration", "note"];
const COUNTRIES = ["Eritrea", "Syria", "Afghanistan", "Turkey", "Sri Lanka"];

function table(i: number): string {
  const head = `<tr><th>Citizenship</th>${TABLE_YEARS.map((y) => `<th>${y}</th>`).join("")}</tr>`;
  const rows = COUNTRIES.slice(0, TABLE_ROWS - 1)
    .map(
      (c, r) =>
        `<tr><td>${c}</td>${TABLE_YEARS.map((_, k) => `<td>${(i * 7 + r * 13 + k * 101) % 9000}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<h3>Asylum applications by citizenship, table ${i + 1}</h3><table>${head}${rows}</table>`;
}

/** Paragraphs of four text nodes each, tables spread evenly between them. */
export function generatePage(): { html: string; textNodes: number } {
  const tableNodes = TABLES * (1 + TABLE_ROWS * (1 + TABLE_YEARS.length));
  const paragraphs = Math.ceil((TARGET_TEXT_NODES - tableNodes) / 4);
  const every = Math.floor(paragraphs / TABLES);
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const a = SENTENCES[p % SENTENCES.length] ?? "";
    const b = WORDS[p % WORDS.length] ?? "";
    parts.push(`<p>${a}<b>${b}</b> ${a.slice(0, 20)}<a href="#p${p}">${b} ${p}</a></p>`);
    if (p % every === every - 1 && p / every < TABLES) parts.push(table(Math.floor(p / every)));
  }
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title></head><body>${parts.join("\n")}</body></html>`;
  return { html, textNodes: paragraphs * 4 + tableNodes };
}
