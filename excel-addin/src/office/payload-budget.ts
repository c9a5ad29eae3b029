/**
 * Sizing reads to Excel on the web's payload limit. Each request and each response is capped at
 * 5 MB (RequestPayloadSizeLimitExceeded otherwise), and one range read at 5,000,000 cells. We
 * estimate a block's response size from its cell count and plan row blocks and syncs to stay under.
 */

/** Excel on the web's cap on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom for JSON framing, addresses and estimate error: plan to 80% of the cap. */
export const PAYLOAD_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
/**
 * Estimated response bytes per cell when loading values + valueTypes + numberFormat: a short
 * value (~12 bytes of JSON), its type ("Double", ~9) and its format ("General", ~10), plus commas.
 * Sheets full of long text exceed this; the adapter then retries that sync with halved blocks.
 */
export const ESTIMATED_BYTES_PER_CELL = 36;
/** Excel's limit on cells in one range read, on every platform. */
export const MAX_CELLS_PER_READ = 5_000_000;

export interface SheetExtent {
  /** Index of the sheet in the caller's list. */
  sheet: number;
  rowCount: number;
  columnCount: number;
}

/** A run of whole rows of one sheet, relative to the sheet's used range. */
export interface RowBlock {
  sheet: number;
  startRow: number;
  rowCount: number;
  columnCount: number;
  estimatedBytes: number;
}

/** Row blocks that fit one request together, i.e. one `context.sync()`. */
export interface SyncBatch {
  blocks: RowBlock[];
  estimatedBytes: number;
}

export interface BudgetOptions {
  budgetBytes?: number;
  bytesPerCell?: number;
}

/** Rows per block so one block stays within the budget (at least one row). */
export function rowsPerBlock(columnCount: number, options: BudgetOptions = {}): number {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const perCell = options.bytesPerCell ?? ESTIMATED_BYTES_PER_CELL;
  const perRow = Math.max(1, columnCount) * perCell;
  const cellCap = Math.floor(MAX_CELLS_PER_READ / Math.max(1, columnCount));
  return Math.max(1, Math.min(Math.floor(budget / perRow), cellCap));
}

/**
 * Splits every sheet into row blocks and packs them into syncs under the budget. A block that
 * would overflow the current sync is cut so the sync is filled, and the rest starts the next one.
 */
export function planReadBatches(sheets: readonly SheetExtent[], options: BudgetOptions = {}) {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const perCell = options.bytesPerCell ?? ESTIMATED_BYTES_PER_CELL;
  const batches: SyncBatch[] = [];
  let current: SyncBatch = { blocks: [], estimatedBytes: 0 };
  for (const extent of sheets) {
    if (extent.rowCount === 0 || extent.columnCount === 0) continue;
    const step = rowsPerBlock(extent.columnCount, options);
    const perRow = extent.columnCount * perCell;
    let startRow = 0;
    while (startRow < extent.rowCount) {
      const rowsThatFit = Math.floor((budget - current.estimatedBytes) / perRow);
      if (current.blocks.length > 0 && rowsThatFit < 1) {
        batches.push(current);
        current = { blocks: [], estimatedBytes: 0 };
        continue;
      }
      const rowCount = Math.min(step, Math.max(1, rowsThatFit), extent.rowCount - startRow);
      const estimatedBytes = rowCount * perRow;
      current.blocks.push({
        sheet: extent.sheet,
        startRow,
        rowCount,
        columnCount: extent.columnCount,
        estimatedBytes,
      });
      current.estimatedBytes += estimatedBytes;
      startRow += rowCount;
    }
  }
  if (current.blocks.length > 0) batches.push(current);
  return batches;
}
