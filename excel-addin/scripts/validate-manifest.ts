/**
 * Validates an add-in manifest offline against Microsoft's XSD schemas (excel-addin/schemas)
 * with xmllint from Debian's libxml2-utils. Returns xmllint's complaints, or [] when valid.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const MANIFEST_SCHEMA = fileURLToPath(
  new URL("../schemas/OfficeAppManifestV1_1.xsd", import.meta.url),
);

export function manifestSchemaErrors(manifestPath: string): string[] {
  const r = spawnSync("xmllint", ["--noout", "--schema", MANIFEST_SCHEMA, manifestPath], {
    encoding: "utf8",
  });
  if (r.error)
    throw new Error(
      `xmllint is needed to validate the manifest (Debian: libxml2-utils): ${r.error.message}`,
    );
  if (r.status === 0) return [];
  return r.stderr.split("\n").filter((line) => line.trim() !== "" && !/ validates$/.test(line));
}
