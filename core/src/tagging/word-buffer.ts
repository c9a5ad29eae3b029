/**
 * The words a stream still holds, as parallel arrays (no object per word), compacted in place.
 * Words that cannot matter are not kept: a run of blockers is one blocker, and a blocker or a
 * function word with no open phrase before it is dropped (no phrase walk could reach it).
 */
import { BLOCKER, IN_TRIE } from "./word-vocabulary";

export class WordBuffer {
  /** Normalised words ("" for a blocker). */
  readonly norms: string[] = [];
  /** Offsets in the stream's virtual text. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Vocabulary flags (word-vocabulary.ts). */
  readonly flags: number[] = [];
  size = 0;

  add(norm: string, flags: number, start: number, end: number): void {
    const size = this.size;
    if ((flags & IN_TRIE) === 0 && (size === 0 || this.flags[size - 1] === BLOCKER)) return;
    this.norms[size] = norm;
    this.starts[size] = start;
    this.ends[size] = end;
    this.flags[size] = flags;
    this.size = size + 1;
  }

  /** Forgets the first `count` words. */
  dropFirst(count: number): void {
    if (count === 0) return;
    const kept = this.size - count;
    for (let i = 0; i < kept; i++) {
      const from = i + count;
      this.norms[i] = this.norms[from] ?? "";
      this.starts[i] = this.starts[from] ?? 0;
      this.ends[i] = this.ends[from] ?? 0;
      this.flags[i] = this.flags[from] ?? BLOCKER;
    }
    this.size = kept;
  }
}
