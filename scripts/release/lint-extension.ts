/**
 * Mozilla's addons-linter over a store package, offline (it ships its schemas and rules).
 * The Chrome package keeps Chrome's MV3 `background.service_worker` (Chrome requires it), so it
 * is linted with the linter's switch that accepts a service worker; every other rule applies.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import type { ExtensionTarget } from "./package-extension";
import { REPO } from "./paths";

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export async function lintExtension(zip: string, target: ExtensionTarget): Promise<LintResult> {
  const bin = join(REPO, "node_modules", ".bin", "addons-linter");
  const flags = target === "chrome" ? ["--enable-background-service-worker"] : [];
  // The linter exits 1 when it finds errors; its JSON report is on stdout either way.
  const stdout = await new Promise<string>((resolve) => {
    execFile(
      bin,
      [zip, "--output", "json", "--boring", ...flags],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (_error, out, err) => {
        resolve(out.trim().startsWith("{") ? out : `not json: ${err || out}`);
      },
    );
  });
  if (!stdout.startsWith("{")) throw new Error(`addons-linter did not run on ${zip}: ${stdout}`);
  const result = JSON.parse(stdout) as LintResult;
  return { errors: result.errors, warnings: result.warnings, notices: result.notices };
}

/** One line per message kind, for a log: "DANGEROUS_EVAL ×8 (…)". */
export function lintSummary(messages: readonly LintMessage[]): string[] {
  const byCode = new Map<string, LintMessage[]>();
  for (const m of messages) byCode.set(m.code, [...(byCode.get(m.code) ?? []), m]);
  return [...byCode].map(([code, ms]) => `${code} ×${ms.length}: ${ms[0]?.message ?? ""}`);
}
