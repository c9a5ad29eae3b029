/**
 * Store packages of the extension: takes Plasmo's production builds of the Chrome/Edge and
 * Firefox targets (extension/build/<target>-prod, made by `npm run build:extension`), completes
 * their manifests and zips them as gapmap-<target>-<version>.zip.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { chromeManifest, firefoxManifest, type Manifest } from "./extension-manifest";
import { REPO, releaseVersion } from "./paths";

export const EXTENSION_BUILD = join(REPO, "extension", "build");

const TARGETS = {
  chrome: { buildDir: "chrome-mv3-prod", complete: chromeManifest },
  firefox: { buildDir: "firefox-mv3-prod", complete: firefoxManifest },
} as const;
export type ExtensionTarget = keyof typeof TARGETS;
export const EXTENSION_TARGETS = Object.keys(TARGETS) as ExtensionTarget[];

export function extensionZipName(target: ExtensionTarget, version = releaseVersion()): string {
  return `gapmap-${target}-${version}.zip`;
}

function filesOf(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith(".map"))
        out[relative(dir, path).split("\\").join("/")] = readFileSync(path);
    }
  };
  walk(dir);
  return out;
}

/** Zips both builds into `outDir`; refuses a build whose version is not the release version. */
export function zipExtension(outDir: string = EXTENSION_BUILD): Record<ExtensionTarget, string> {
  const version = releaseVersion();
  mkdirSync(outDir, { recursive: true });
  const zips = {} as Record<ExtensionTarget, string>;
  for (const target of EXTENSION_TARGETS) {
    const { buildDir, complete } = TARGETS[target];
    const dir = join(EXTENSION_BUILD, buildDir);
    const files = filesOf(dir);
    const built = JSON.parse(Buffer.from(files["manifest.json"] ?? "{}").toString()) as Manifest;
    if (built.version !== version)
      throw new Error(
        `${dir} is version ${built.version ?? "?"}, not ${version}: run npm run build:extension`,
      );
    files["manifest.json"] = Buffer.from(`${JSON.stringify(complete(built), null, 2)}\n`);
    const zip = join(outDir, extensionZipName(target, version));
    // A fixed timestamp: the same build gives the same bytes (and SHA-256).
    writeFileSync(zip, zipSync(files, { level: 9, mtime: new Date("2000-01-01T00:00:00Z") }));
    zips[target] = zip;
  }
  return zips;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const zip of Object.values(zipExtension(process.argv[2]))) console.log(`wrote ${zip}`);
}
