/** `@gapmap/core/inventory-xlsx`: the inventory as an .xlsx workbook (pulls exceljs; load lazily). */
export { toXlsx, fromXlsx, TEMPLATE_MARKER } from "./inventory/inventory-xlsx";
