/**
 * The manifest an IT department deploys: excel-addin/manifest.xml (which points at the dev
 * server) with every URL moved to the HTTPS address the built site is served from, AppDomains
 * set to that origin, and the release version (Office requires a higher version for any change).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DEV_MANIFEST = fileURLToPath(new URL("../manifest.xml", import.meta.url));
const DEV_ROOT = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** A base URL the manifest can use: HTTPS (Office refuses anything else), ending in "/". */
export function parseBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `--base-url "${text}" is not a URL (example: https://intranet.example/gapmap/)`,
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `--base-url must use https: Office loads add-ins only over HTTPS (got "${text}")`,
    );
  if (url.search || url.hash) throw new Error(`--base-url must not have a query or a #fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** "0.1.0" → "0.1.0.0": the manifest's Version has one to four numbers; we always write four. */
export function manifestVersion(version: string): string {
  const parts = version.split(/[.+-]/).slice(0, 4);
  if (parts.length < 3 || parts.some((p) => !/^\d{1,5}$/.test(p)))
    throw new Error(`version "${version}" is not n.n.n`);
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

export function deployManifest(devManifest: string, baseUrl: URL, version: string): string {
  if (!devManifest.includes(DEV_ROOT)) throw new Error(`manifest.xml no longer uses ${DEV_ROOT}`);
  const out = devManifest
    .replace(
      /<!--[\s\S]*?-->/,
      "<!-- Gapmap, built for " + baseUrl.href + " by npm run build:excel. -->",
    )
    .replaceAll(DEV_ROOT, baseUrl.href)
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${baseUrl.origin}</AppDomain>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (baseUrl.href !== DEV_ROOT && out.includes("localhost"))
    throw new Error("the deployed manifest still names localhost");
  return out;
}

export function readDevManifest(): string {
  return readFileSync(DEV_MANIFEST, "utf8");
}
