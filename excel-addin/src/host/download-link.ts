/**
 * The hand-over from the task pane to the system browser on Excel for Mac, where an add-in
 * cannot download files [OfficeDev/office-js #2700 "by design", #4681]: the file travels in the
 * fragment of a link to download.html (a fragment never reaches any server), and that page,
 * opened in the user's browser by `Office.context.ui.openBrowserWindow`, offers it as a download.
 */
import { z } from "zod";

/**
 * Longest link we hand to the browser. How long a URL macOS passes on is not documented; 1 MB
 * of text covers our CSV and JSON exports of any realistic gap analysis (see decision 0005).
 */
export const MAX_DOWNLOAD_LINK_CHARS = 1_000_000;

export const ALLOWED_DOWNLOAD_TYPES = ["text/csv", "application/json"] as const;
/** The report (.docx) travels as base64: a binary file cannot ride in a JSON string as is. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A plain file name: no folders, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]/.test(name) && !Array.from(name).some((ch) => ch < " "));

const payloadSchema = z.union([
  z.strictObject({ name: fileNameSchema, type: z.enum(ALLOWED_DOWNLOAD_TYPES), text: z.string() }),
  z.strictObject({
    name: fileNameSchema,
    type: z.literal(DOCX_MIME),
    base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  }),
]);
export type DownloadPayload = z.infer<typeof payloadSchema>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** download.html#<base64url of the JSON payload>, next to the page `base` (the task pane). */
export function downloadLink(base: string, payload: DownloadPayload): string {
  const url = new URL("download.html", base);
  url.hash = toBase64Url(JSON.stringify(payloadSchema.parse(payload)));
  return url.href;
}

/** The payload in a download.html address, or undefined when it is missing or malformed. */
export function readDownloadLink(href: string): DownloadPayload | undefined {
  try {
    const hash = new URL(href).hash.slice(1);
    const parsed = payloadSchema.safeParse(JSON.parse(fromBase64Url(hash)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
