import { lazyRegExp } from "../text/lazy-regexp";

/**
 * Whole-word regexes that work for every script: JavaScript's \b and \w only know ASCII
 * letters, so «всего» or «гражданство» would never match between \b's.
 */
const LETTER = "[\\p{L}\\p{N}]";
const MORE_LETTERS = "\\p{L}*";

/** A plain word or phrase ending in "~": no regex syntax that grouping could change. */
const PLAIN_STEM = /^[^|()[\]\\?*+{}~]+~$/u;

/**
 * The alternatives as one regex body. V8 builds and compiles each `\p{L}` class anew, a few
 * tenths of a millisecond each: the word patterns' ~230 "word~" alternatives cost ~15 ms of the
 * first tables. Runs of plain stems next to each other share one class — `(?:a|b)\p{L}*` tries
 * the same things in the same order as `a\p{L}*|b\p{L}*` — so the regex matches as before.
 */
export function wordPatternBody(alternatives: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 1) parts.push(`${run[0] ?? ""}${MORE_LETTERS}`);
    else if (run.length > 1) parts.push(`(?:${run.join("|")})${MORE_LETTERS}`);
    run = [];
  };
  for (const a of alternatives) {
    if (PLAIN_STEM.test(a)) run.push(a.slice(0, -1));
    else {
      endRun();
      parts.push(a.replaceAll("~", MORE_LETTERS));
    }
  }
  endRun();
  return parts.join("|");
}

/** The source of wordPattern's regex, for one with other flags. */
export function wordPatternSource(
  alternatives: readonly string[],
  options: { atStart?: boolean } = {},
): string {
  return sourceOf(wordPatternBody(alternatives), options);
}

function sourceOf(body: string, { atStart = false }: { atStart?: boolean }): string {
  return `${atStart ? "^" : `(?<!${LETTER})`}(?:${body})(?!${LETTER})`;
}

/** Patterns no one has used yet, in the order modules made them (see compileWordPatterns). */
const unused: { warm: () => void; used: () => boolean }[] = [];

/**
 * A regex matching any of `alternatives` (regex syntax) as whole words; `~` stands for "more
 * letters". Built on first use (lazy-regexp.ts): modules define dozens of these at load.
 * `test` first tries the body alone, without the whole-word lookarounds: a text the whole
 * regex matches holds a match of its body, so a text the body does not match gets false without
 * the whole regex being built. The lookarounds' `[\p{L}\p{N}]` classes are most of the cost of
 * building and compiling one (~0.8 ms against ~0.15 for the body alone), and most patterns
 * never meet a text that holds their words. Everything but `test` goes to the whole regex.
 */
export function wordPattern(
  alternatives: readonly string[],
  options: { atStart?: boolean } = {},
): RegExp {
  const body = wordPatternBody(alternatives);
  const whole = lazyRegExp(() => new RegExp(sourceOf(body, options), "u"));
  let bodyOnly: RegExp | undefined;
  const mayMatch = (text: string) => (bodyOnly ??= new RegExp(body, "u")).test(text);
  const test = (text: string) => mayMatch(text) && whole.test(text);
  unused.push({
    warm: () => {
      mayMatch("a");
      mayMatch("b");
    },
    used: () => bodyOnly !== undefined,
  });
  return new Proxy(whole, {
    get: (target, key): unknown => (key === "test" ? test : Reflect.get(target, key)),
  });
}

/**
 * Builds and compiles up to `max` patterns' bodies no one has used yet; false once none is
 * left. V8 compiles a regex to bytecode at its first match and to machine code at its second:
 * done ahead, a few per short task, the first table does not pay for all forty in one piece.
 */
export function compileWordPatterns(max: number): boolean {
  for (let done = 0; done < max;) {
    const next = unused.shift();
    if (next === undefined) return false;
    if (next.used()) continue;
    next.warm();
    done++;
  }
  return unused.length > 0;
}
