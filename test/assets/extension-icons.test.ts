/**
 * The extension's icons are drawn from one SVG (extension/assets/icon.svg): every size the stores
 * ask for exists at its size, is a drawing (not a flat square), and matches a fresh render of the
 * SVG, so an edited SVG without `npm run icons:extension` fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import {
  ICON_SVG,
  renderIcon,
  STORE_ICON_SIZES,
  storeIconPath,
} from "../../scripts/render-extension-icons";

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, info };
}

describe("extension icons", () => {
  test.each([...STORE_ICON_SIZES])(
    "%i px: present, drawn, and up to date with the SVG",
    async (size) => {
      const file = readFileSync(storeIconPath(size));
      const { data, info } = await pixels(file);
      expect([info.width, info.height]).toEqual([size, size]);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) colours.add(data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThanOrEqual(4);
      const fresh = await pixels(await renderIcon(size));
      expect(Buffer.compare(fresh.data, data)).toBe(0);
    },
  );

  test("Plasmo's 512 px source icon is rendered from the same SVG", async () => {
    expect(readFileSync(ICON_SVG, "utf8")).toContain("<svg");
    const icon = readFileSync(join(ICON_SVG, "../icon.png"));
    const { data, info } = await pixels(icon);
    expect([info.width, info.height]).toEqual([512, 512]);
    expect(Buffer.compare((await pixels(await renderIcon(512))).data, data)).toBe(0);
  });
});
