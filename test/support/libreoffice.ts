/**
 * LibreOffice headless for the document tests: where it is, a loud failure when it is missing
 * (never a skip; .ci/run installs it), and one conversion call with a private profile.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const LIBREOFFICE = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));

export function requireLibreOffice(): string {
  if (!LIBREOFFICE) {
    throw new Error(
      "LibreOffice is not installed: run `apt-get install libreoffice-calc-nogui` (.ci/run does).",
    );
  }
  return LIBREOFFICE;
}

export interface Conversion {
  file: string;
  /** A --convert-to target, e.g. "pdf" or "xlsx". */
  target: string;
  outDir: string;
  /** The profile lives here, so parallel tests and the user's own profile never meet. */
  workDir: string;
  /** An --infilter value, for how input files are read (CSV separators, formulas). */
  inputFilter?: string;
}

export function convertWithLibreOffice({
  file,
  target,
  outDir,
  workDir,
  inputFilter,
}: Conversion): void {
  execFileSync(
    requireLibreOffice(),
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${pathToFileURL(join(workDir, "profile")).href}`,
      ...(inputFilter === undefined ? [] : [`--infilter=${inputFilter}`]),
      "--convert-to",
      target,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
}
