/**
 * Generates the add-in's PNG icons (16, 32, 64, 80, 128 px) into excel-addin/assets. Node has no
 * canvas, so this writes PNGs by hand: RGBA rows, zlib-deflated, CRC'd chunks. The picture is a
 * 3x3 grid of cells with one cell missing: a gap in the map.
 * Run: npx tsx excel-addin/scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BACKGROUND = [0x10, 0x6e, 0xbe, 0xff];
const CELL = [0xff, 0xff, 0xff, 0xff];
const GAP = [0xf2, 0xa1, 0x3b, 0xff];
const GRID_CELLS = 3;
/** The missing cell (row, column) in the 3x3 grid. */
const GAP_CELL = { r: 1, c: 2 };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG from a pixel function. */
export function encodePng(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

export function iconPixel(size: number): (x: number, y: number) => number[] {
  const margin = Math.max(1, Math.round(size / 8));
  const cell = (size - 2 * margin) / GRID_CELLS;
  const gutter = Math.max(1, Math.round(cell / 6));
  return (x, y) => {
    const gx = Math.floor((x - margin) / cell);
    const gy = Math.floor((y - margin) / cell);
    const inside = gx >= 0 && gy >= 0 && gx < GRID_CELLS && gy < GRID_CELLS;
    const inGutter = (x - margin) % cell < gutter || (y - margin) % cell < gutter;
    if (!inside || inGutter) return BACKGROUND;
    return gy === GAP_CELL.r && gx === GAP_CELL.c ? GAP : CELL;
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  for (const size of ICON_SIZES) {
    const out = new URL(`../assets/icon-${size}.png`, import.meta.url);
    writeFileSync(out, encodePng(size, iconPixel(size)));
    console.log(`wrote ${out.pathname}`);
  }
}
