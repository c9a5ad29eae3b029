/**
 * Office adapter on a 3-million-cell mock workbook (40 sheets of 3,750 rows x 20 columns):
 * how many syncs a full read takes and how many bytes each sync's response carries.
 * Prints figures; asserts nothing.
 */
import { readWorkbookGrids } from "@gapmap/excel-addin/office/read-workbook";
import { PAYLOAD_LIMIT_BYTES } from "@gapmap/excel-addin/office/payload-budget";
import { FakeExcel, type FakeSheet } from "@gapmap/excel-addin/office/testing/fake-excel";

const SHEETS = 40;
const ROWS = 3_750;
const COLUMNS = 20;

const sheets: FakeSheet[] = Array.from({ length: SHEETS }, (_, s) => ({
  name: `Sheet ${s + 1}`,
  values: Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => (r === 0 ? `Column ${c}` : (r * COLUMNS + c) / 7)),
  ),
}));

const fake = new FakeExcel({ sheets });
const started = performance.now();
const grids = await readWorkbookGrids({ excel: fake.excel });
const ms = performance.now() - started;
const cells = grids.reduce((n, g) => n + g.rows.reduce((m, row) => m + row.length, 0), 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

console.log(`cells read:        ${cells.toLocaleString("en")} in ${SHEETS} sheets`);
console.log(`syncs:             ${fake.syncCount}`);
console.log(`response per sync: ${fake.responseBytes.map(mb).join(", ")} MB`);
console.log(
  `largest response:  ${mb(Math.max(...fake.responseBytes))} MB (limit ${mb(PAYLOAD_LIMIT_BYTES)} MB)`,
);
console.log(`wall time (mock):  ${ms.toFixed(0)} ms`);
