/**
 * Renders the extension's icon from its SVG source (extension/assets/icon.svg) with sharp
 * (librsvg): the 512 px icon.png Plasmo builds the manifest icons from, and the sizes the stores
 * ask for (16, 32, 48, 128; 64 for Firefox's high-DPI toolbar) in extension/assets/icons/.
 * Run `npm run icons:extension` after editing the SVG; a test fails when the PNGs are stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const ASSETS = resolve(dirname(fileURLToPath(import.meta.url)), "../extension/assets");
export const ICON_SVG = join(ASSETS, "icon.svg");
export const STORE_ICON_SIZES = [16, 32, 48, 64, 128] as const;
const PLASMO_ICON_SIZE = 512;

export function storeIconPath(size: number): string {
  return join(ASSETS, "icons", `icon-${size}.png`);
}

/** The SVG drawn at `size` × `size` pixels, as PNG bytes. */
export async function renderIcon(size: number): Promise<Buffer> {
  const svg = readFileSync(ICON_SVG);
  // Rasterised at the target density, not scaled down from a big bitmap: crisper small sizes.
  const density = Math.max(1, (72 * size) / 128);
  return sharp(svg, { density }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

async function main(): Promise<void> {
  mkdirSync(join(ASSETS, "icons"), { recursive: true });
  writeFileSync(join(ASSETS, "icon.png"), await renderIcon(PLASMO_ICON_SIZE));
  for (const size of STORE_ICON_SIZES) writeFileSync(storeIconPath(size), await renderIcon(size));
  console.log(
    `Wrote icon.png (${PLASMO_ICON_SIZE} px) and icons/icon-{${STORE_ICON_SIZES.join(",")}}.png`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
