/**
 * A picked file's bytes, read chunk by chunk so the pane can show how far it has got: a 20 MB
 * file from a slow or network drive takes a while before any parsing can start.
 */
import { ParseAborted } from "./parse-workbook";

export async function readFileBytes(
  file: Blob,
  onFraction: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  // Without streams (older engines, some test DOMs) the whole file comes in one piece.
  if (typeof file.stream !== "function") {
    const whole = new Uint8Array(await file.arrayBuffer());
    onFraction(1);
    return whole;
  }
  const reader = file.stream().getReader();
  let bytes = new Uint8Array(file.size);
  let loaded = 0;
  try {
    for (;;) {
      if (signal?.aborted === true) throw new ParseAborted();
      const { done, value } = await reader.read();
      if (done) break;
      // A file that grew since it was picked: make room rather than lose its end.
      if (loaded + value.byteLength > bytes.byteLength) {
        const grown = new Uint8Array(Math.max(loaded + value.byteLength, bytes.byteLength * 2));
        grown.set(bytes.subarray(0, loaded));
        bytes = grown;
      }
      bytes.set(value, loaded);
      loaded += value.byteLength;
      onFraction(file.size === 0 ? 1 : Math.min(1, loaded / file.size));
    }
  } finally {
    reader.releaseLock();
  }
  onFraction(1);
  return loaded === bytes.byteLength ? bytes : bytes.slice(0, loaded);
}
