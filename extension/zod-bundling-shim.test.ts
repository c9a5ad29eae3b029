import * as zodNamespace from "zod";
import { describe, expect, it } from "vitest";
import { z } from "./zod-bundling-shim";

/** What the shim leaves out of the bundles on purpose (see its header). */
const LEFT_OUT = new Set([
  "locales",
  "core",
  "regexes",
  "fromJSONSchema",
  "compile",
  "withParser",
  "ZodCompileAsyncError",
  "ZodCompileUnsupportedError",
  "INVALID",
]);

describe("the zod bundling shim", () => {
  it("has every run-time member of zod but the ones left out on purpose", () => {
    const missing = Object.keys(zodNamespace).filter(
      (key) => !(key in z) && !LEFT_OUT.has(key) && key !== "default" && key !== "z",
    );
    expect(missing).toEqual([]);
  });

  it("parses and reports errors in English, as zod does", () => {
    const schema = z.strictObject({ title: z.string(), years: z.array(z.number()) });
    expect(schema.parse({ title: "t", years: [2020] })).toEqual({ title: "t", years: [2020] });
    const failed = schema.safeParse({ title: 3, years: [] });
    expect(failed.success).toBe(false);
    expect(z.prettifyError(failed.error as zodNamespace.ZodError)).toMatch(/expected string/);
    expect(z.iso.datetime().safeParse("2026-12-06T21:00:00Z").success).toBe(true);
  });
});
