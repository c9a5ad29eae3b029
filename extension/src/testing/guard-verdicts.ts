/**
 * For the tests that hold a hand-written message guard to its zod schema's verdicts
 * (injected/to-content-guard.test.ts, host/from-host-guard.test.ts,
 * host/table-reply-guard.test.ts): messages with every field right and wrong, and the check.
 */
import { expect } from "vitest";

/** Values each field is tried with: right and wrong types, edge numbers, absent. */
export const VALUES: unknown[] = [
  undefined,
  "x",
  "",
  0,
  3,
  -2,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  null,
  {},
  [],
  ["a"],
  [1, 2],
  [1.5],
  [Number.NaN],
  ["a", 1],
  { length: 1, 0: 1 },
];

/** Each field of `base` absent, set to each of VALUES, or joined by an unknown one. */
export function* variants(base: Record<string, unknown>): Generator<Record<string, unknown>> {
  yield base;
  yield { ...base, extra: 1 };
  for (const key of Object.keys(base)) {
    for (const value of VALUES) yield { ...base, [key]: value };
    yield Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));
  }
}

/**
 * Expects `guard` to accept exactly the messages `schema` accepts, returning the same data;
 * returns how many were accepted and rejected (the caller checks both verdicts were tried).
 */
export function expectSameVerdicts(
  messages: Iterable<unknown>,
  schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false } },
  guard: (raw: unknown) => unknown,
): { accepted: number; rejected: number } {
  let accepted = 0;
  let checked = 0;
  for (const message of messages) {
    const parsed = schema.safeParse(message);
    const read = guard(message);
    checked++;
    expect({ message, ok: read !== undefined }).toEqual({ message, ok: parsed.success });
    if (parsed.success) {
      accepted++;
      expect(read).toEqual(parsed.data);
    }
  }
  return { accepted, rejected: checked - accepted };
}
