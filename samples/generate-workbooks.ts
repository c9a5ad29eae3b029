/**
 * Writes the bundled sample workbooks used by `npm start`: a fictitious country's ministry
 * files, in the layouts and languages real ones use. Run `npx tsx samples/generate-workbooks.ts`
 * to regenerate them; the output is committed so `npm start` needs no generation step.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const OUT = fileURLToPath(new URL("./workbooks/", import.meta.url));

let seed = 7;
function n(max: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.round((seed / 2147483648) * max);
}

function titled(ws: ExcelJS.Worksheet, title: string, unit: string): void {
  ws.addRow([title]).font = { bold: true };
  ws.addRow([unit]);
  ws.addRow([]);
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<void> {
  await wb.xlsx.writeFile(`${OUT}${name}`);
  console.log(`wrote samples/workbooks/${name}`);
}

const RU_COUNTRIES = [
  "Казахстан",
  "Узбекистан",
  "Таджикистан",
  "Украина",
  "Армения",
  "Китай",
  "Германия",
  "Турция",
];

async function ministryOfInterior(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const years = [2019, 2020, 2021, 2022, 2023];
  const arrivals = wb.addWorksheet("Прибывшие");
  titled(arrivals, "Прибывшие из-за рубежа по странам прибытия и полу, 2019–2023", "(человек)");
  arrivals.addRow(["Страна", ...years.flatMap((y) => [y, ""])]);
  arrivals.addRow(["", ...years.flatMap(() => ["мужчины", "женщины"])]);
  years.forEach((_, i) => {
    arrivals.mergeCells(4, 2 + i * 2, 4, 3 + i * 2);
  });
  for (const c of RU_COUNTRIES) arrivals.addRow([c, ...years.flatMap(() => [n(9000), n(8000)])]);
  arrivals.addRow(["Всего", ...years.flatMap(() => [n(60000), n(50000)])]);

  const departures = wb.addWorksheet("Выбывшие");
  titled(departures, "Выбывшие за рубеж по странам выбытия, 2019–2023", "(человек)");
  departures.addRow(["Страна", ...years]);
  for (const c of RU_COUNTRIES)
    departures.addRow([c, ...years.map((y) => (y === 2021 ? ".." : n(5000)))]);

  const permits = wb.addWorksheet("ВнЖ");
  titled(
    permits,
    "Выдано видов на жительство иностранным гражданам по целям, 2021–2023",
    "(единиц)",
  );
  permits.addRow(["Цель", 2021, 2022, 2023]);
  for (const reason of ["работа", "учёба", "воссоединение семьи", "прочие"])
    permits.addRow([reason, n(3000), n(3000), n(3000)]);
  await save(wb, "ministry-of-interior-migration-2019-2023.xlsx");
}

async function centralBank(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("remittances quarterly");
  const quarters = [2021, 2022, 2023].flatMap((y) => [1, 2, 3, 4].map((q) => `Q${q} ${y}`));
  titled(ws, "Personal remittances received by country of origin, quarterly", "(thousand USD)");
  ws.addRow(["Country", ...quarters]);
  for (const c of [
    "Russian Federation",
    "United States",
    "Germany",
    "Kazakhstan",
    "France",
    "Ukraine",
    "Israel",
  ]) {
    ws.addRow([c, ...quarters.map(() => n(120000))]);
  }
  ws.addRow(["Total", ...quarters.map(() => n(900000))]);
  ws.addRow([]);
  ws.addRow(["Source: Central Bank, balance of payments statistics (BPM6)."]);
  await save(wb, "central-bank-remittances-2021-2023.xlsx");
}

async function censusBureau(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tableau 4");
  titled(
    ws,
    "Tableau 4. Population née à l'étranger selon le pays de naissance, le sexe et l'âge, recensement 2014",
    "Effectifs",
  );
  ws.addRow(["Pays de naissance", "Hommes", "Femmes", "0-14 ans", "15-64 ans", "65 ans et plus"]);
  for (const c of [
    "Algérie",
    "Maroc",
    "Tunisie",
    "Sénégal",
    "France",
    "Belgique",
    "Italie",
    "Roumanie",
  ]) {
    ws.addRow([c, n(20000), n(20000), n(5000), n(30000), n(5000)]);
  }
  ws.addRow(["Total", n(200000), n(200000), n(50000), n(300000), n(50000)]);
  await save(wb, "census-2014-foreign-born.xlsx");
}

async function asylumOffice(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Solicitudes");
  titled(ws, "Solicitudes de asilo por país de nacionalidad y sexo, 2020-2022", "Personas");
  ws.addRow(["País de nacionalidad", 2020, "", 2021, "", 2022, ""]);
  ws.addRow(["", "Hombres", "Mujeres", "Hombres", "Mujeres", "Hombres", "Mujeres"]);
  [0, 1, 2].forEach((i) => {
    ws.mergeCells(4, 2 + i * 2, 4, 3 + i * 2);
  });
  for (const c of ["Venezuela", "Colombia", "Honduras", "Nicaragua", "Siria", "Afganistán"]) {
    ws.addRow([c, n(900), n(900), n(900), n(900), n(900), n(900)]);
  }
  await save(wb, "asylum-office-2020-2022.xlsx");
}

async function budget(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  titled(ws, "State budget expenditure by ministry, 2021-2023", "(million USD)");
  ws.addRow(["Ministry", 2021, 2022, 2023]);
  for (const m of ["Health", "Education", "Defence", "Agriculture", "Transport", "Finance"])
    ws.addRow([m, n(900), n(900), n(900)]);
  await save(wb, "budget-2021-2023.xlsx");
}

mkdirSync(OUT, { recursive: true });
await ministryOfInterior();
await centralBank();
await censusBureau();
await asylumOffice();
await budget();
