import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGENERATE_PHRASES_COMMAND } from "@gapmap/core/catalogue";
import { templateLiteralBody } from "../../core/scripts/generated-module";
import { catalogueData } from "../src/catalogue-data";
import { CATALOGUE_DATA_JSON } from "../src/bundled/catalogue-data.generated";
import { DATA_JSON_PATH, linedJson, renderCatalogueDataModule } from "./catalogue-data-json";
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

  it("wrote the catalogue data as JSON, parsed back equal to the authored data", async () => {
    const stale = `catalogue-data.generated.ts is stale: run \`${REGENERATE_PHRASES_COMMAND}\``;
    expect(JSON.parse(CATALOGUE_DATA_JSON), stale).toEqual(catalogueData);
    expect(readFileSync(DATA_JSON_PATH, "utf8"), stale).toBe(await renderCatalogueDataModule());
  });

  it("lays the JSON out one list element a line, and it parses back unchanged", () => {
    const value = {
      version: "1",
      list: [{ a: 1 }, { b: "x\ny\u00a0z\u2028" }],
      map: { k: [1, 2] },
    };
    const text = linedJson(value);
    expect(text.split("\n")).toHaveLength(8);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain("\\u00a0z\\u2028");
  });
});
