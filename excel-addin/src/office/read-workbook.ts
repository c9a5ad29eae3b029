/**
 * Reads every sheet of the open workbook into core Grids in one `Excel.run` and a handful of
 * syncs: (1) sheet names, (2) every used range's position and size, (3..n) merged areas plus all
 * row blocks, packed into syncs sized under Excel on the web's payload limit. Never a sync per
 * sheet or per cell.
 */
import { toA1, type CellRange, type CellValue, type Grid } from "@gapmap/core";
import { blockToRows, type RawBlock } from "./block-to-cells";
import { defaultExcel, type ExcelRunner } from "./excel-types";
import { parseAreasAddress } from "./merged-areas";
import { readMergesSplitting } from "./read-merges";
import { OfficeAdapterError, toOfficeAdapterError, withTypedErrors } from "./office-errors";
import {
  planReadBatches,
  type BudgetOptions,
  type RowBlock,
  type SyncBatch,
} from "./payload-budget";

export interface ReadProgress {
  sheetName: string;
  /** Sheets finished so far, this one included. */
  done: number;
  total: number;
}

export interface ReadWorkbookOptions {
  excel?: ExcelRunner;
  onProgress?: (progress: ReadProgress) => void;
  budget?: BudgetOptions;
}

interface SheetPlan {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  /** Position of the used range in the sheet; the grid starts at A1, so these pad it. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  merged?: Excel.RangeAreas;
  /** Set when the merges were read by the fallback (read-merges.ts). */
  merges?: CellRange[];
  rows: CellValue[][];
  formats: Record<string, string>;
  blocksLeft: number;
}

const BLOCK_PROPERTIES = "values, valueTypes, numberFormat";
const USED_RANGE_PROPERTIES = "address, rowIndex, columnIndex, rowCount, columnCount";

function splitBatch(batch: SyncBatch): SyncBatch[] {
  const halves = batch.blocks.flatMap((block): RowBlock[] => {
    if (block.rowCount < 2) return [block];
    const first = Math.ceil(block.rowCount / 2);
    const perRow = block.estimatedBytes / block.rowCount;
    return [
      { ...block, rowCount: first, estimatedBytes: first * perRow },
      {
        ...block,
        startRow: block.startRow + first,
        rowCount: block.rowCount - first,
        estimatedBytes: (block.rowCount - first) * perRow,
      },
    ];
  });
  if (halves.length === batch.blocks.length) return [];
  const middle = Math.ceil(halves.length / 2);
  return [halves.slice(0, middle), halves.slice(middle)].map((blocks) => ({
    blocks,
    estimatedBytes: blocks.reduce((sum, b) => sum + b.estimatedBytes, 0),
  }));
}

function isPayloadTooLarge(error: unknown): boolean {
  const typed = toOfficeAdapterError(error);
  return typed instanceof OfficeAdapterError && typed.kind === "payload-too-large";
}

function planAt(plans: readonly SheetPlan[], index: number): SheetPlan {
  const plan = plans[index];
  if (!plan) throw new RangeError(`no sheet plan at ${index}`);
  return plan;
}

function toGrid(plan: SheetPlan): Grid {
  const merges =
    plan.merges ??
    (plan.merged && !plan.merged.isNullObject ? parseAreasAddress(plan.merged.address) : []);
  return {
    name: plan.name,
    rows: plan.rows,
    width: plan.rowCount === 0 ? 0 : plan.columnIndex + plan.columnCount,
    formats: plan.formats,
    merges,
  };
}

export async function readWorkbookGrids(options: ReadWorkbookOptions = {}): Promise<Grid[]> {
  const excel = options.excel ?? defaultExcel();
  return withTypedErrors(() =>
    excel.run(async (context) => {
      // Sync 1: sheet names.
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();

      // Sync 2: every used range's position and size (values-only, so formatting is ignored).
      const plans: SheetPlan[] = worksheets.items.map((worksheet) => {
        const used = worksheet.getUsedRangeOrNullObject(true);
        used.load(USED_RANGE_PROPERTIES);
        return {
          name: worksheet.name,
          worksheet,
          used,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: 0,
          columnCount: 0,
          rows: [],
          formats: {},
          blocksLeft: 0,
        };
      });
      await context.sync();

      let done = 0;
      const report = (plan: SheetPlan) => {
        done++;
        options.onProgress?.({ sheetName: plan.name, done, total: plans.length });
      };
      for (const plan of plans) {
        if (plan.used.isNullObject) continue;
        plan.rowIndex = plan.used.rowIndex;
        plan.columnIndex = plan.used.columnIndex;
        plan.rowCount = plan.used.rowCount;
        plan.columnCount = plan.used.columnCount;
        // The grid starts at A1: rows above the used range are empty.
        plan.rows = Array.from({ length: plan.rowIndex + plan.rowCount }, () => []);
      }
      const pending = [
        ...planReadBatches(
          plans.map((p, sheet) => ({ sheet, rowCount: p.rowCount, columnCount: p.columnCount })),
          options.budget,
        ),
      ];
      for (const batch of pending)
        for (const b of batch.blocks) planAt(plans, b.sheet).blocksLeft++;
      for (const plan of plans) if (plan.blocksLeft === 0) report(plan);

      // Merged areas ride along with the first block sync (queued again if that sync is retried).
      // Excel refuses over 512 areas in one range: then the batch is retried without them and
      // they are read sheet by sheet at the end (read-merges.ts).
      let mergesLoaded = false;
      let mergesQueued = false;
      const queueMerges = () => {
        for (const plan of plans) {
          if (plan.rowCount === 0) continue;
          plan.merged = plan.used.getMergedAreasOrNullObject();
          plan.merged.load("address");
        }
      };

      // Syncs 3..n: the blocks, a budget's worth per sync.
      while (pending.length > 0) {
        const batch = pending.shift();
        if (!batch) break;
        const reads = batch.blocks.map((block) => {
          const plan = planAt(plans, block.sheet);
          const range = plan.worksheet.getRangeByIndexes(
            plan.rowIndex + block.startRow,
            plan.columnIndex,
            block.rowCount,
            block.columnCount,
          );
          range.load(BLOCK_PROPERTIES);
          return { block, plan, range };
        });
        mergesQueued = !mergesLoaded;
        if (mergesQueued) queueMerges();
        try {
          await context.sync();
          mergesLoaded = true;
        } catch (error) {
          if (mergesQueued && !isPayloadTooLarge(error)) {
            mergesLoaded = true; // read by the fallback below
            for (const plan of plans) plan.merges = [];
            pending.unshift(batch);
            continue;
          }
          // Our per-cell estimate was too low (long texts): retry this batch in halves.
          const halves = isPayloadTooLarge(error) ? splitBatch(batch) : [];
          if (halves.length === 0) throw error;
          for (const b of batch.blocks) planAt(plans, b.sheet).blocksLeft--;
          for (const half of halves)
            for (const b of half.blocks) planAt(plans, b.sheet).blocksLeft++;
          pending.unshift(...halves);
          continue;
        }
        for (const { block, plan, range } of reads) {
          const firstRow = plan.rowIndex + block.startRow;
          const raw: RawBlock = {
            values: range.values as RawBlock["values"],
            valueTypes: range.valueTypes,
            numberFormat: range.numberFormat as RawBlock["numberFormat"],
          };
          const rows = blockToRows(
            raw,
            (r, c) => toA1({ r: firstRow + r, c: plan.columnIndex + c }),
            plan.formats,
          );
          const pad: CellValue[] = Array.from({ length: plan.columnIndex }, () => null);
          rows.forEach((row, r) => {
            plan.rows[firstRow + r] = row.length === 0 ? [] : [...pad, ...row];
          });
          plan.blocksLeft--;
          if (plan.blocksLeft === 0) report(plan);
        }
      }
      if (plans.some((plan) => plan.merges !== undefined)) {
        const merges = await readMergesSplitting(context, plans);
        plans.forEach((plan, i) => (plan.merges = merges[i] ?? []));
      }
      return plans.map(toGrid);
    }),
  );
}
