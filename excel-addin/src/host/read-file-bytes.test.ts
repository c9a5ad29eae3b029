import { describe, expect, it } from "vitest";
import { ParseAborted } from "./parse-workbook";
import { readFileBytes } from "./read-file-bytes";

/** A Blob whose stream hands out the bytes in chunks of `size`, as a browser reads a file. */
function chunkedBlob(bytes: Uint8Array, size: number): Blob {
  const blob = new Blob([new Uint8Array(bytes)]);
  return Object.assign(blob, {
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size)
            controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
  });
}

describe("reading a picked file's bytes", () => {
  it("reports how far it has got chunk by chunk, and returns every byte in order", async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);
    const fractions: number[] = [];
    const read = await readFileBytes(chunkedBlob(bytes, 1_000), (f) => fractions.push(f));
    expect(read).toEqual(bytes);
    expect(fractions.slice(0, 3)).toEqual([0.1, 0.2, 0.3]);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("reads a file without streams in one piece", async () => {
    const blob = new Blob([new Uint8Array([1, 2, 3])]);
    const fractions: number[] = [];
    const read = await readFileBytes(Object.assign(blob, { stream: undefined }), (f) =>
      fractions.push(f),
    );
    expect([...read]).toEqual([1, 2, 3]);
    expect(fractions).toEqual([1]);
  });

  it("stops when the user cancels", async () => {
    const cancel = new AbortController();
    const blob = chunkedBlob(new Uint8Array(5_000), 1_000);
    const reading = readFileBytes(
      blob,
      () => {
        cancel.abort();
      },
      cancel.signal,
    );
    await expect(reading).rejects.toBeInstanceOf(ParseAborted);
  });
});
