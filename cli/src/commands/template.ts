/** `gapmap template --out FILE.xlsx`: the hand-fill inventory template with drop-downs. */
import { getCatalogue } from "@gapmap/catalog";
import { writeFile } from "node:fs/promises";
import { buildInventoryTemplate } from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";

const USAGE = `Usage: gapmap template --out inventory-template.xlsx
  Writes a spreadsheet that people fill in by hand to list their data sources, with drop-down
  lists for indicators, source types, periodicity, geography, access and quality. Read it back
  with "gapmap assess --inventory <file>".`;

export const templateCommand: Command = {
  name: "template",
  summary: "write the hand-fill inventory template (.xlsx)",
  usage: USAGE,
  async run(args, io) {
    const { out } = parseCommandArgs({ args, options: { out: { type: "string" } } }).values;
    if (out === undefined) throw usageError("template needs --out FILE.xlsx.");
    const bytes = await buildInventoryTemplate(getCatalogue());
    try {
      await writeFile(out, bytes);
    } catch (error) {
      throw new CliError(
        `could not write ${out}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    io.out(`Wrote the inventory template to ${out}\n`);
    return 0;
  },
};
