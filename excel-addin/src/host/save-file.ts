/**
 * Hands an export to the user by a route that works where the pane runs
 * (`Office.context.platform`):
 * - in a browser, Excel on the web (OfficeOnline) and Excel on Windows (PC): a Blob link download;
 * - on Excel for Mac and iPad, where an add-in cannot download [OfficeDev/office-js #2700, #4681]:
 *   an .xlsx opens as a new workbook (`Excel.createWorkbook`), and CSV, JSON and the report
 *   (.docx) open in the system browser (`Office.context.ui.openBrowserWindow`) through
 *   download.html.
 * Nothing leaves the machine: the Blob and the link's fragment stay local.
 */
import type { IsSetSupported } from "../office/index";
import { PAYLOAD_BUDGET_BYTES } from "../office/payload-budget";
import {
  DOCX_MIME,
  downloadLink,
  MAX_DOWNLOAD_LINK_CHARS,
  type DownloadPayload,
} from "./download-link";
import { HostError, type ExportRoute } from "./host";

/** Long enough for the browser to start the download before the URL is revoked. */
const REVOKE_DELAY_MS = 60_000;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What the export route needs from Office.js; `officeEnvironment` builds it from the global. */
export interface OfficeEnvironment {
  /** `Office.context.platform`: "PC", "Mac", "OfficeOnline", "iOS", "Android", "Universal". */
  platform: string;
  isSetSupported: IsSetSupported;
  openBrowserWindow: (url: string) => void;
  /** The task pane's address: download.html is served next to it. */
  pageUrl: string;
}

export function saveFileWithLink(
  fileName: string,
  content: Uint8Array | string,
  mimeType: string,
): ExportRoute {
  const part: BlobPart = typeof content === "string" ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_DELAY_MS);
  return "download";
}

/** The route for a file on a platform; the caller checks the APIs it needs are there. */
export function exportRouteFor(platform: string, mimeType: string): ExportRoute {
  if (platform !== "Mac" && platform !== "iOS") return "download";
  return mimeType === XLSX_MIME ? "new-workbook" : "browser";
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const NO_ROUTE =
  "This version of Excel cannot save files from an add-in. Use Write to workbook instead, or update Office.";
const TOO_LONG =
  "This export is too large to hand to your browser from Excel for Mac. Export .xlsx instead: it opens as a new workbook.";
const REPORT_TOO_LONG =
  "This report is too large to hand to your browser from Excel for Mac. Make it from Gapmap's web page in your browser (same workbook, same steps) or with the command line (gapmap report).";

/** What download.html receives: text as is, the report's bytes as base64. */
function browserPayload(
  name: string,
  content: Uint8Array | string,
  mimeType: string,
): DownloadPayload {
  if (mimeType === DOCX_MIME) {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    return { name, type: DOCX_MIME, base64: toBase64(bytes) };
  }
  const text = typeof content === "string" ? content : new TextDecoder().decode(content);
  return { name, type: mimeType === "application/json" ? "application/json" : "text/csv", text };
}

const TOO_LARGE_WORKBOOK =
  "This file is too large to open as a new workbook from the add-in (Excel takes at most 5 MB at a time). Split it into smaller parts, or use Excel on the web or Windows to save it.";

export async function saveFileInOffice(
  env: OfficeEnvironment,
  createWorkbook: ((base64: string) => Promise<void>) | undefined,
  fileName: string,
  content: Uint8Array | string,
  mimeType: string,
): Promise<ExportRoute> {
  const route = exportRouteFor(env.platform, mimeType);
  if (route === "download") return saveFileWithLink(fileName, content, mimeType);
  if (route === "new-workbook") {
    if (!createWorkbook || !env.isSetSupported("ExcelApi", "1.8")) throw new HostError(NO_ROUTE);
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    const base64 = toBase64(bytes);
    // Excel caps a request at 5 MB (decision 0005); the workbook travels in one.
    if (base64.length > PAYLOAD_BUDGET_BYTES) throw new HostError(TOO_LARGE_WORKBOOK);
    await createWorkbook(base64);
    return route;
  }
  if (!env.isSetSupported("OpenBrowserWindowApi", "1.1")) throw new HostError(NO_ROUTE);
  const link = downloadLink(env.pageUrl, browserPayload(fileName, content, mimeType));
  if (link.length > MAX_DOWNLOAD_LINK_CHARS)
    throw new HostError(mimeType === DOCX_MIME ? REPORT_TOO_LONG : TOO_LONG);
  env.openBrowserWindow(link);
  return route;
}
