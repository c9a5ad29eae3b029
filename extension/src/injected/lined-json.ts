/**
 * JSON.parse in steps for the catalogue's data text, which its generator writes one top-level
 * field a line and each top-level list one element a line (catalog/scripts/catalogue-data-json.ts
 * `linedJson`). Parsing its ~640 KB in one go was one task of 50–90 ms at 4× CPU throttling;
 * here each step parses a few lines (about CHARS_PER_STEP). Any text not in that form is parsed
 * whole, so the result is always JSON.parse's.
 */

/** Characters parsed per step: a few milliseconds at 4× CPU throttling. */
const CHARS_PER_STEP = 64_000;
const LIST_START = /^("(?:[^"\\]|\\.)*"):\[$/;
const LIST_END = /^\],?$/;

/** As JSON.parse sets a key (an own property, even "__proto__"). */
const set = (out: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });

/** The text's lines as [start, end) offsets (slices of the text are cheap; no copy per line). */
function lineBounds(text: string): number[] {
  const bounds = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) bounds.push(at + 1);
  bounds.push(text.length + 1);
  return bounds;
}

function* linedFields(text: string): Generator<undefined, Record<string, unknown> | undefined> {
  const bounds = lineBounds(text);
  const lines = bounds.length - 1;
  /** Line i, or lines [i, j) as one text (newlines kept), without its last comma. */
  const line = (i: number, j = i + 1) =>
    text.slice(bounds[i] ?? 0, (bounds[j] ?? 0) - 1).replace(/,$/, "");
  if (line(0) !== "{" || line(lines - 1) !== "}") return undefined;
  const out: Record<string, unknown> = {};
  let i = 1;
  while (i < lines - 1) {
    const list = LIST_START.exec(line(i));
    if (list === null) {
      // One field on its line: `"key":value` and its comma.
      const field = JSON.parse(`{${line(i)}}`) as Record<string, unknown>;
      for (const [key, value] of Object.entries(field)) set(out, key, value);
      i++;
      yield;
      continue;
    }
    const key = JSON.parse(list[1] ?? "") as string;
    const items: unknown[] = [];
    let from = ++i;
    const add = (to: number) => {
      if (line(from, to).trim() === "") return;
      for (const item of JSON.parse(`[${line(from, to)}]`) as unknown[]) items.push(item);
    };
    for (; i < lines - 1 && !LIST_END.test(line(i)); i++) {
      if ((bounds[i + 1] ?? 0) - (bounds[from] ?? 0) < CHARS_PER_STEP) continue;
      add(i + 1);
      from = i + 1;
      yield;
    }
    if (i >= lines - 1) return undefined; // the list never closed
    add(i);
    set(out, key, items);
    i++;
    yield;
  }
  return out;
}

/** The value of a JSON text, parsed a few lines a step when it is lined (else at once). */
export function* parseLinedJsonInSteps(text: string): Generator<undefined, unknown> {
  try {
    const fields = yield* linedFields(text);
    if (fields !== undefined) return fields;
  } catch {
    // Not lined as expected: the whole text below, which throws if it is no JSON at all.
  }
  return JSON.parse(text) as unknown;
}
