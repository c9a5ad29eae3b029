import { describe, expect, it } from "vitest";
import { z as real } from "zod";
import { z as lazy } from "../../scripts/content-script/content-zod";

/** The same schema in both zods: the content script's messages and stored records in small. */
function messageSchema(z: typeof real) {
  const text = z.string().min(1);
  const selector = z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("TextQuoteSelector"), exact: text, prefix: text.optional() }),
    z.strictObject({ type: z.literal("CssSelector"), value: text }),
  ]);
  return z.strictObject({
    type: z.enum(["gapmap/tag", "gapmap/show-card"]),
    at: z.iso.datetime(),
    url: z.url().optional(),
    selectors: z.array(selector).default([]),
    count: z.number().int().nonnegative().nullable(),
    ids: z
      .array(z.string())
      .superRefine((ids, ctx) => {
        if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "dup" });
      })
      .transform((ids) => [...ids].sort()),
    extra: z.union([z.string(), z.null()]).optional(),
    loose: z.looseObject({ a: z.boolean() }).optional(),
  });
}

const INPUTS: unknown[] = [
  { type: "gapmap/tag", at: "2026-12-07T10:00:00Z", count: 3, ids: ["b", "a"] },
  {
    type: "gapmap/show-card",
    at: "2026-12-07T10:00:00Z",
    url: "https://example.org/x",
    selectors: [{ type: "CssSelector", value: "table" }],
    count: null,
    ids: [],
    extra: null,
    loose: { a: true, more: 1 },
  },
  { type: "gapmap/tag", at: "yesterday", count: -1, ids: ["a", "a"] },
  { type: "gapmap/other", at: "2026-12-07T10:00:00Z", count: 0, ids: [], spare: 1 },
  { type: "gapmap/tag", at: "2026-12-07T10:00:00Z", count: 0, ids: [], selectors: [{}] },
  "not an object",
];

describe("the content script's zod (schemas built on first use)", () => {
  it("accepts and rejects exactly what zod does, with the same data and messages", () => {
    const eager = messageSchema(real);
    const onFirstUse = messageSchema(lazy);
    for (const input of INPUTS) {
      const a = eager.safeParse(input);
      const b = onFirstUse.safeParse(input);
      expect(b.success).toBe(a.success);
      if (a.success && b.success) expect(b.data).toEqual(a.data);
      if (!a.success && !b.success) {
        expect(lazy.prettifyError(b.error)).toBe(real.prettifyError(a.error));
      }
    }
  });

  it("builds nothing until the schema is used", () => {
    let refined = 0;
    const schema = lazy.string().superRefine(() => {
      refined++;
    });
    const object = lazy.strictObject({ name: schema });
    expect(refined).toBe(0);
    // The zod schema exists only now; reading its shape builds it, not a parse.
    expect(Object.keys(object.shape)).toEqual(["name"]);
    expect(object.parse({ name: "x" })).toEqual({ name: "x" });
    expect(refined).toBe(1);
  });

  it("is an instance of zod's schema class once read", () => {
    expect(lazy.number().optional() instanceof real.ZodType).toBe(true);
  });
});
