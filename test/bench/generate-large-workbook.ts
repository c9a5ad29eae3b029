/**
 * Writes a large, real-looking workbook for benchmarks: `sheets` sheets of migration and
 * non-migration tables in several languages (title, unit, two header rows with years,
 * country or region labels, numbers with some suppressed cells), streamed with exceljs.
 */
import ExcelJS from "exceljs";

const TITLES = [
  "International migrant stock at mid-year by sex and by country of destination",
  "Demandes d'asile par pays de citoyenneté",
  "Remesas recibidas por país de origen (miles de USD)",
  "Прибывшие и выбывшие по странам",
  "Emigranți definitivi pe țări de destinație",
  "Doznake iz inostranstva po zemljama",
  "التحويلات المالية الواردة حسب البلد",
  "Agricultural production by region (tonnes)",
  "Consumer price index by month",
  "Budget expenditure by ministry (million USD)",
];
const LABELS = [
  "Afghanistan",
  "Albania",
  "Algérie",
  "Argentina",
  "Armenia",
  "Австрия",
  "Azerbaijan",
  "Bangladesh",
  "Belarus",
  "Bolivia",
  "Brasil",
  "Bulgaria",
  "Canada",
  "Chile",
  "China",
  "Colombia",
  "Egypt",
  "España",
  "France",
  "Germany",
  "Georgia",
  "India",
  "Iran (Islamic Rep. of)",
  "Italia",
  "Kazakhstan",
  "Kyrgyzstan",
  "México",
  "Moldova",
  "Morocco",
  "Nepal",
  "Philippines",
  "Россия",
  "Serbia",
  "Syrian Arab Rep.",
  "Tunisie",
  "Türkiye",
  "Ukraine",
  "United States",
  "Uzbekistan",
  "Viet Nam",
];

export interface LargeWorkbookSpec {
  sheets: number;
  rowsPerSheet: number;
  yearColumns: number;
}

/** Cells written for a spec: title, unit and header rows count too. */
export function cellCount(spec: LargeWorkbookSpec): number {
  const width = 1 + spec.yearColumns * 2;
  return spec.sheets * (2 + 2 * width + spec.rowsPerSheet * width);
}

export async function writeLargeWorkbook(path: string, spec: LargeWorkbookSpec): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let s = 0; s < spec.sheets; s++) {
    const ws = wb.addWorksheet(`T${s + 1}`);
    const width = 1 + spec.yearColumns * 2;
    ws.addRow([TITLES[s % TITLES.length]]).commit();
    ws.addRow(["(thousands)"]).commit();
    const years: (string | number)[] = ["Country"];
    const sexes: string[] = [""];
    for (let y = 0; y < spec.yearColumns; y++) {
      years.push(2000 + y, "");
      sexes.push("Male", "Female");
    }
    ws.mergeCells(3, 1, 4, 1);
    for (let y = 0; y < spec.yearColumns; y++) ws.mergeCells(3, 2 + y * 2, 3, 3 + y * 2);
    ws.addRow(years).commit();
    ws.addRow(sexes).commit();
    for (let r = 0; r < spec.rowsPerSheet; r++) {
      const row: (string | number)[] = [
        `${LABELS[r % LABELS.length] ?? ""}${r >= LABELS.length ? ` ${Math.floor(r / LABELS.length)}` : ""}`,
      ];
      for (let c = 1; c < width; c++)
        row.push(random() < 0.03 ? ".." : Math.round(random() * 100000));
      ws.addRow(row).commit();
    }
    ws.commit();
  }
  await wb.commit();
}
