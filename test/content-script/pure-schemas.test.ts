import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { markSchemasPure } from "../../scripts/content-script/pure-schemas";

const SOURCE = `import { z } from "zod";
const nameSchema = z.string().min(1);
export const recordSchema = z.object({ name: nameSchema.optional(), tags: z.array(z.string()) });
export function check(input: unknown) {
  recordSchema.parse(input);
  return z.string().safeParse(input).success;
}
z.config({ jitless: true });
`;

describe("marking module-level schema constructions pure", () => {
  it("marks every zod or schema call in module-level declarations, and nothing else", async () => {
    const js = await markSchemasPure(SOURCE, "/repo/core/src/x.ts");
    expect(js).toContain("const nameSchema = /* @__PURE__ */ z.string().min(1);");
    expect(js).toContain(
      "recordSchema = /* @__PURE__ */ z.object({ name: /* @__PURE__ */ nameSchema.optional(), tags: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()) });",
    );
    // a check inside a function, and zod's configuration, keep their effect
    expect(js).toContain("  recordSchema.parse(input);");
    expect(js).toContain("  return z.string().safeParse(input).success;");
    expect(js).toContain("\nz.config({ jitless: true });");
  });

  it("lets esbuild drop the schemas nobody uses", async () => {
    const js = await markSchemasPure(
      `import { z } from "zod";\nexport const unused = z.object({ a: z.string() });\nexport const used = 1;\n`,
      "/repo/core/src/y.ts",
    );
    const result = await build({
      stdin: { contents: `import { used } from "./y.js"; console.log(used);`, loader: "js" },
      bundle: true,
      write: false,
      plugins: [
        {
          name: "virtual",
          setup(b) {
            b.onResolve({ filter: /y\.js$/ }, () => ({ path: "y", namespace: "v" }));
            b.onResolve({ filter: /^zod$/ }, () => ({ path: "zod", namespace: "v" }));
            b.onLoad({ filter: /^y$/, namespace: "v" }, () => ({ contents: js, loader: "js" }));
            b.onLoad({ filter: /^zod$/, namespace: "v" }, () => ({
              contents: "export const z = { object: (s) => s, string: () => ({}) };",
              loader: "js",
            }));
          },
        },
      ],
    });
    const bundle = result.outputFiles[0]?.text ?? "";
    expect(bundle).toContain("console.log(used)");
    expect(bundle).not.toContain("z.object");
  });
});
