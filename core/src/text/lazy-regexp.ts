/**
 * A RegExp built on first use. V8 spends ~0.2 ms building each `\p{L}` class, and the dozens of
 * whole-word patterns that table modules define at their top level made every start pay for all
 * of them (the extension's content script compiles and runs in one page task). The proxy stands
 * for the real RegExp everywhere: `test`, `exec`, `source`, `lastIndex`, `instanceof RegExp`, and
 * String's `match`/`replace`/`split`/`search` (they call the symbol methods, bound to the real one).
 */
export function lazyRegExp(build: () => RegExp): RegExp {
  let real: RegExp | undefined;
  const regExp = () => (real ??= build());
  // A fresh stand-in per proxy: its own `lastIndex` is writable, so the proxy may report another.
  return new Proxy(/(?:)/, {
    get(_, key) {
      const target = regExp();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
    set: (_, key, value) => Reflect.set(regExp(), key, value),
    has: (_, key) => Reflect.has(regExp(), key),
  });
}
