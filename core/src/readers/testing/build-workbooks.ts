/** Small workbooks built with SheetJS's writer, for cases no real fixture covers. */
import * as XLSX from "@e965/xlsx";

export type BookType = "xlsx" | "biff8" | "ods";

interface CfbUtils {
  cfb_new: () => unknown;
  cfb_add: (container: unknown, name: string, content: Buffer) => void;
}
interface CfbWriter {
  utils: CfbUtils;
  write: (container: unknown, options: { type: "buffer" }) => Buffer;
}

export function writeWorkbook(book: XLSX.WorkBook, bookType: BookType): Buffer {
  return XLSX.write(book, { type: "buffer", bookType }) as Buffer;
}

export function bookOf(sheets: Record<string, XLSX.WorkSheet>): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, sheet, name);
  return book;
}

/**
 * The shape Office gives a password-protected .xlsx: an OLE2 container whose streams are
 * EncryptionInfo and EncryptedPackage instead of a zip.
 */
export function encryptedOfficeContainer(): Buffer {
  const cfb = XLSX.CFB as CfbWriter;
  const container = cfb.utils.cfb_new();
  // Agile encryption header (version 4.4) followed by a stub descriptor.
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from("<encryption/>"),
  ]);
  cfb.utils.cfb_add(container, "/EncryptionInfo", info);
  cfb.utils.cfb_add(container, "/EncryptedPackage", Buffer.alloc(4096, 7));
  return cfb.write(container, { type: "buffer" });
}
