/**
 * Reads a PNG's size and how much of it is drawn on, for checks that a rasterised chart is
 * really there: decodes 8-bit RGB/RGBA, non-interlaced PNGs (what canvases and resvg write).
 */
import { unzlibSync } from "fflate";

export interface PngStats {
  width: number;
  height: number;
  /** Share of pixels that are neither near-white nor transparent. */
  inkShare: number;
  /** Whether some pixel has this colour ("#RRGGBB"), each channel within 4 levels. */
  hasColour: (hex: string) => boolean;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function pngStats(bytes: Uint8Array): PngStats {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colourType, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6))
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType})`);
      channels = colourType === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0));
  idat.reduce((offset, d) => (joined.set(d, offset), offset + d.length), 0);
  const raw = unzlibSync(joined);
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      pixels[y * stride + x] = ((line[x] ?? 0) + predicted) & 0xff;
    }
  }
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += channels) {
    const [r = 0, g = 0, b = 0] = pixels.subarray(i, i + 3);
    const alpha = channels === 4 ? (pixels[i + 3] ?? 0) : 255;
    if (alpha < 128 || (r > 235 && g > 235 && b > 235)) continue;
    inked += 1;
    colours.add((r << 16) | (g << 8) | b);
  }
  const near = (a: number, b: number) => Math.abs(a - b) <= 4;
  const hasColour = (hex: string) => {
    const wanted = Number.parseInt(hex.slice(1), 16);
    return [...colours].some(
      (c) =>
        near(c >> 16, wanted >> 16) &&
        near((c >> 8) & 0xff, (wanted >> 8) & 0xff) &&
        near(c & 0xff, wanted & 0xff),
    );
  };
  return { width, height, inkShare: inked / (width * height), hasColour };
}
