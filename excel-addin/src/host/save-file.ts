/** Hands bytes to the user as a download through a Blob link: nothing leaves the machine. */

/** Long enough for the browser to start the download before the URL is revoked. */
const REVOKE_DELAY_MS = 60_000;

export function saveFileWithLink(
  fileName: string,
  content: Uint8Array | string,
  mimeType: string,
): void {
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
}
