/**
 * A source whose table holds derived blocks ("Change (%)" under it) says so in the report's
 * sources annex, in the report's language: the block is a fact of that source, not a source.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { actions, getCatalogue } from "@gapmap/catalog";
import { rasterisePng } from "@gapmap/cli";
import {
  REPORT_LANGUAGES,
  REPORT_STRINGS,
  assessmentToDocx,
  buildAssessment,
  derivedNote,
  fromCsv,
  profileFromPreset,
} from "@gapmap/core";
import { readDocx } from "../support/docx-text";

const SAMPLES = fileURLToPath(new URL("../../samples", import.meta.url));
const catalogue = getCatalogue();

describe("derived blocks in the report's sources annex", () => {
  const inventory = fromCsv(readFileSync(join(SAMPLES, "inventory.csv"), "utf8"), {
    owner: "inventory",
  });
  const [first, ...rest] = inventory.records;
  if (first === undefined) throw new Error("the sample inventory has no records");
  const note = derivedNote([{ kind: "change", range: "A20:F30", label: "Change (%)" }]);
  const withBlock = { ...inventory, records: [{ ...first, notes: note }, ...rest] };
  const profile = profileFromPreset(catalogue, "migration-profile-core", { referenceYear: 2024 });
  const assessment = buildAssessment(catalogue, profile, withBlock, { actions });

  it.each(REPORT_LANGUAGES)("lists the block under its source (%s)", async (lang) => {
    const bytes = await assessmentToDocx(assessment, withBlock, {
      catalogue,
      lang,
      paper: "a4",
      rasterise: rasterisePng,
    });
    const strings = REPORT_STRINGS[lang];
    const texts = readDocx(bytes).paragraphs.map((p) => p.text);
    const line = strings.derivedBlocks(`"Change (%)" (${strings.derivedKinds.change}, A20:F30)`);
    expect(texts.filter((t) => t === line)).toHaveLength(1);
    // The source's own ID still opens its cell, and no other source claims the block.
    expect(texts[texts.indexOf(line) - 1 - (first.title === undefined ? 0 : 1)]).toBe(first.id);
  });
});
