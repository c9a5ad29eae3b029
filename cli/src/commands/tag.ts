/** `gapmap tag <file.html...>`: tag indicator mentions and tables in saved web pages. */
import type { Mention, ScanTable } from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { usageError } from "../cli-error";
import { loadPage, PageLoadError } from "../html/load-page";
import { tagPage } from "../html/tag-page";

const USAGE = `Usage: gapmap tag <file.html...> [--json]
  Reads saved web pages (scripts are never run) and lists the catalogue indicators named in
  their text, with offsets into the page text, and the indicator tables on them.
  --json  print the machine-readable report
Exit codes: 0 every file was read; 1 some files failed (all are still reported); 2 wrong usage.`;

export type TagFileResult =
  | {
      file: string;
      ok: true;
      lang: string;
      mentions: Mention[];
      tables: ScanTable[];
      warnings?: string[];
    }
  | { file: string; ok: false; error: { code: string; message: string } };

export async function tagFile(file: string): Promise<TagFileResult> {
  try {
    const tagged = tagPage(await loadPage(file));
    return {
      file,
      ok: true,
      lang: tagged.lang,
      mentions: tagged.mentions,
      tables: tagged.tables,
      ...(tagged.warnings.length > 0 ? { warnings: tagged.warnings } : {}),
    };
  } catch (error) {
    const code = error instanceof PageLoadError ? error.code : "failed";
    return {
      file,
      ok: false,
      error: { code, message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** "close runner-up: flow-immigration (stock or flow; cues: arrived)" for a doubtful mention. */
function runnerUpNote(m: Mention): string {
  const runnerUp = m.runnerUp;
  if (runnerUp === undefined) return "";
  const cues = runnerUp.cues.length > 0 ? `cues: ${runnerUp.cues.join(", ")}` : "no cue words";
  return `close runner-up: ${runnerUp.id} (stock or flow; ${cues})`;
}

function summary(results: readonly TagFileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.ok) {
      lines.push(`${r.file}: could not be read (${r.error.code}): ${r.error.message}`, "");
      continue;
    }
    lines.push(
      `${r.file} [${r.lang}]: ${r.mentions.length} mention(s), ${r.tables.length} table(s)`,
    );
    const byId = new Map<string, string[]>();
    const doubts = new Map<string, Set<string>>();
    for (const m of r.mentions) {
      byId.set(m.id, [...(byId.get(m.id) ?? []), m.text.replace(/\s+/g, " ")]);
      if (m.runnerUp) doubts.set(m.id, (doubts.get(m.id) ?? new Set()).add(runnerUpNote(m)));
    }
    for (const [id, texts] of byId) {
      lines.push(`  ${id}: ${[...new Set(texts)].map((t) => `"${t}"`).join(", ")}`);
      for (const note of doubts.get(id) ?? []) lines.push(`    ${note}`);
    }
    for (const t of r.tables) {
      const ind = t.indicators[0];
      lines.push(`  table ${t.range}: ${t.title ?? "(no title)"}${ind ? ` → ${ind.id}` : ""}`);
    }
    for (const w of r.warnings ?? []) lines.push(`  warning: ${w}`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

export const tagCommand: Command = {
  name: "tag",
  summary: "tag indicator mentions and tables in saved web pages",
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false } },
    });
    const files = parsed.positionals;
    if (files.length === 0) throw usageError("tag needs at least one HTML file.");
    const results: TagFileResult[] = [];
    for (const file of files) results.push(await tagFile(file));
    io.out(
      parsed.values.json ? `${JSON.stringify({ files: results }, null, 2)}\n` : summary(results),
    );
    const failed = results.filter((r) => !r.ok).length;
    if (failed > 0) io.err(`${failed} of ${files.length} file(s) could not be read.\n`);
    return failed > 0 ? 1 : 0;
  },
};
