/** Saves data as a file through the browser's ordinary download (no downloads permission needed). */
export function downloadFile(
  doc: Document,
  name: string,
  data: string | Uint8Array,
  type: string,
): void {
  // Copy bytes into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const part = typeof data === "string" ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
