/**
 * The slice of a stream's virtual text (chunks joined with the separator) that buffered words
 * still point into. A mention inside the current chunk is sliced from the chunk itself; text is
 * only joined when a mention reaches back into earlier chunks, which is rare.
 */
export class StreamText {
  /** Text from the first word kept after the previous chunk to that chunk's end. */
  private carry = "";
  private carryBase = 0;
  private chunk = "";
  private chunkBase = 0;
  private inChunk = false;

  constructor(private readonly separator: string) {}

  /** The next chunk, at `base` in the virtual text, is being scanned. */
  beginChunk(chunk: string, base: number): void {
    this.chunk = chunk;
    this.chunkBase = base;
    this.inChunk = true;
  }

  /** The virtual text from `start` to `end`; both must be at or after the oldest kept word. */
  slice(start: number, end: number): string {
    if (this.inChunk && start >= this.chunkBase) {
      return this.chunk.slice(start - this.chunkBase, end - this.chunkBase);
    }
    const from = start - this.carryBase;
    const to = end - this.carryBase;
    if (!this.inChunk || to <= this.carry.length) return this.carry.slice(from, to);
    return (this.carry + this.separator + this.chunk).slice(from, to);
  }

  /**
   * The chunk is done. Keeps the text from `keepFrom` (the first word still buffered) on, or
   * nothing when no word is buffered.
   */
  endChunk(keepFrom: number | undefined): void {
    const wasInChunk = this.inChunk;
    this.inChunk = false;
    if (keepFrom === undefined) {
      this.carry = "";
      this.carryBase = 0;
    } else if (wasInChunk && keepFrom >= this.chunkBase) {
      this.carry = this.chunk.slice(keepFrom - this.chunkBase);
      this.carryBase = keepFrom;
    } else {
      const joined = wasInChunk ? this.carry + this.separator + this.chunk : this.carry;
      this.carry = joined.slice(keepFrom - this.carryBase);
      this.carryBase = keepFrom;
    }
    this.chunk = "";
  }
}
