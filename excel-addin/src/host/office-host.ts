/** The task pane inside Excel: everything goes through the Office adapter in src/office/. */
import {
  OfficeAdapterError,
  readWorkbookGrids,
  writeOurSheets,
  type ExcelRunner,
} from "../office/index";
import { HostError, type Host } from "./host";
import { saveFileWithLink } from "./save-file";

/** Adapter errors carry a user message; anything else is rethrown untouched for the error bar. */
async function withUserMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OfficeAdapterError) throw new HostError(error.userMessage);
    throw error;
  }
}

/** `excel` is the Office.js global in production and an office-addin-mock fake in tests. */
export function createOfficeHost(excel: ExcelRunner): Host {
  return {
    kind: "office",
    readWorkbook: (_file, onProgress) =>
      withUserMessages(async () => {
        const sheets = await readWorkbookGrids({
          excel,
          onProgress: (p) => {
            onProgress({ fraction: p.total === 0 ? 1 : p.done / p.total, sheetName: p.sheetName });
          },
        });
        return { fileName: "workbook", sheets, warnings: [] };
      }),
    showRange: (sheet, range) =>
      withUserMessages(() =>
        excel.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(range).select();
          await context.sync();
        }),
      ),
    writeSheets: (models, replaceOurSheets) =>
      withUserMessages(() => writeOurSheets(models, { excel, replaceOurSheets })),
    saveFile: saveFileWithLink,
  };
}
