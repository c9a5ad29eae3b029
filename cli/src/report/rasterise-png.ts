/**
 * The report's PNG chart fallbacks in Node: resvg-js (Rust resvg, its binary shipped inside npm
 * packages, decision 0009) draws the SVG. Nothing is fetched.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import type { Rasterise } from "@gapmap/core";

/**
 * Fonts the charts ask for, where Linux, macOS and Windows keep them. Loading one font file is
 * ~100 ms cheaper per chart than resvg scanning every system font; without one, it scans.
 */
const FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/Library/Fonts/Arial.ttf",
  "/System/Library/Fonts/Supplemental/Arial.ttf",
  "C:\\Windows\\Fonts\\arial.ttf",
];
let fontFile: string | null | undefined;

function chartFont(): string | null {
  fontFile ??= FONT_FILES.find((path) => existsSync(path)) ?? null;
  return fontFile;
}

export const rasterisePng: Rasterise = (svg, width) => {
  const file = chartFont();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: file === null ? { loadSystemFonts: true } : { loadSystemFonts: false, fontFiles: [file] },
  });
  return Promise.resolve(new Uint8Array(resvg.render().asPng()));
};
