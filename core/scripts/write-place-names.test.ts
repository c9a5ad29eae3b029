import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  PLACES_GENERATOR_SCRIPT,
  REGENERATE_PLACES_COMMAND,
} from "../src/tables/precomputed-places";
import { GENERATED_PATH, renderGeneratedModule } from "./write-place-names";

describe("write-place-names", () => {
  it("wrote the committed file exactly as it renders it now", async () => {
    expect(
      readFileSync(GENERATED_PATH, "utf8"),
      `place-names.generated.ts is stale: run \`${REGENERATE_PLACES_COMMAND}\` (${PLACES_GENERATOR_SCRIPT})`,
    ).toBe(await renderGeneratedModule());
  });

  it("is the script the staleness messages name", () => {
    const script = fileURLToPath(import.meta.url).replace(/\.test\.ts$/, ".ts");
    expect(script.endsWith(`/${PLACES_GENERATOR_SCRIPT}`)).toBe(true);
  });
});
