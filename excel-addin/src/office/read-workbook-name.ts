/**
 * The open workbook's file name (`Workbook.name`, ExcelApi 1.7), e.g. "asylum_2023.xlsx". It is
 * evidence for recognition and names the pane's exports; a host that cannot give it yields
 * undefined and the pane says "workbook" instead of failing the scan.
 */
import { defaultExcel, type ExcelRunner } from "./excel-types";

export async function readWorkbookName(
  excel: ExcelRunner = defaultExcel(),
): Promise<string | undefined> {
  try {
    return await excel.run(async (context) => {
      const workbook = context.workbook;
      workbook.load("name");
      await context.sync();
      const name: unknown = workbook.name;
      return typeof name === "string" && name.trim() !== "" ? name.trim() : undefined;
    });
  } catch {
    return undefined;
  }
}
