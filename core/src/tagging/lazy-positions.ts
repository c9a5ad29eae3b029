/**
 * Where a pattern matches in a page's text, found lazily in steps (page-mentions.ts asks for the
 * sentence ends and figures around each mention in text order).
 */

/** A step of the scan covers about this much text (see page-mentions.ts on steps). */
const TEXT_PER_STEP = 4_096;

/**
 * Where `re` matches in a text, in order, scanned from the start only as far as asked: mentions
 * are looked at in text order, and once each indicator is settled the rest of a long page need
 * not be scanned at all (the figure scan was most of the selection's time on a 2 MB page).
 */
export class LazyPositions {
  readonly found: number[] = [];
  private readonly re: RegExp;
  private done = false;

  /** `accept` may refuse a match (it is then skipped, as if the text held none there). */
  constructor(
    re: RegExp,
    private readonly text: string,
    private readonly accept: (at: number, match: string) => boolean = () => true,
  ) {
    this.re = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
  }

  /** Scans on until a match at or after `at` is found (or the text ends), yielding per step. */
  *reach(at: number): Generator<void, void> {
    let stepEnd = this.re.lastIndex + TEXT_PER_STEP;
    while (!this.done && (this.found[this.found.length - 1] ?? -1) < at) {
      const m = this.re.exec(this.text);
      if (m === null) {
        this.done = true;
        return;
      }
      if (this.accept(m.index, m[0])) this.found.push(m.index);
      if (m[0] === "") this.re.lastIndex++;
      if (this.re.lastIndex >= stepEnd) {
        stepEnd = this.re.lastIndex + TEXT_PER_STEP;
        yield;
      }
    }
  }
}
