import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGENERATE_PHRASES_COMMAND } from "@gapmap/core/catalogue";
import { templateLiteralBody } from "../../core/scripts/generated-module";
import { GENERATED_PATH, renderGeneratedModule } from "./write-catalogue-phrases";

/** Evaluates `body` as the inside of a template literal, as the bundler and Node will. */
async function evaluateTemplate(body: string): Promise<unknown> {
  const source = `export default \`${body}\`;`;
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
    default: unknown;
  };
  return module.default;
}

describe("write-catalogue-phrases", () => {
  it("escapes what a template literal would otherwise interpret", async () => {
    const text = 'a `tick`, ${not.a.substitution}, $ {x}, back\\slash \\n \\` "q" \n line';
    expect(await evaluateTemplate(templateLiteralBody(text))).toBe(text);
  });

  it("wrote the committed file exactly as it renders it now", async () => {
    expect(
      readFileSync(GENERATED_PATH, "utf8"),
      `catalogue-phrases.generated.ts is stale: run \`${REGENERATE_PHRASES_COMMAND}\``,
    ).toBe(await renderGeneratedModule());
  });
});
