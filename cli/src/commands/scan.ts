/** `gapmap scan <files...>`: find the indicator tables in workbooks and CSV files. */
import { writeFile } from "node:fs/promises";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";
import { progressBar } from "../progress";
import { scanFiles } from "../scan/scan-files";
import { scanReportText } from "../scan/scan-text";

const USAGE = `Usage: gapmap scan <files...> [--json] [--out FILE]
  Reads .xlsx, .xls, .ods and .csv files and lists the indicator tables on every sheet:
  range, title, unit, indicators (best first), breakdowns, years and missing share.
  --json      print the machine-readable report
  --out FILE  write the report to FILE instead of standard output
Exit codes: 0 every file was read; 1 some files failed (all are still reported); 2 wrong usage.`;

export const scanCommand: Command = {
  name: "scan",
  summary: "find indicator tables in workbooks and CSV files",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, out: { type: "string" } },
    });
    const files = parsed.positionals;
    if (files.length === 0) throw usageError("scan needs at least one file.");

    const bar = progressBar(io);
    const report = await scanFiles(files, (p) => {
      bar.update((p.fileIndex + p.fraction) / p.fileCount, `${p.file}: ${p.label}`);
    });
    bar.done();

    const text = parsed.values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : scanReportText(report);
    if (parsed.values.out === undefined) io.out(text);
    else {
      try {
        await writeFile(parsed.values.out, text);
      } catch (error) {
        throw new CliError(
          `could not write ${parsed.values.out}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      io.err(`Wrote the scan report to ${parsed.values.out}\n`);
    }
    const failed = report.files.filter((f) => !f.ok).length;
    if (failed > 0)
      io.err(
        `${failed} of ${files.length} file${files.length === 1 ? "" : "s"} could not be read.\n`,
      );
    return failed > 0 ? 1 : 0;
  },
};
