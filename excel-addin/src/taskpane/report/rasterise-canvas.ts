/**
 * The report's PNG chart fallbacks in the browser (task pane, web mode): the browser's own SVG
 * renderer draws the chart into a canvas, which is read back as PNG bytes. It plays the part
 * resvg plays in the CLI (`Rasterise`, decision 0009): no WASM to ship, nothing fetched. The SVG
 * goes in through a Blob URL of this page, so the canvas stays readable (not cross-origin).
 */
import type { Rasterise } from "@gapmap/core/report";

/** A browser that never answers (an image that neither loads nor fails) must not hang the report. */
const LOAD_TIMEOUT_MS = 10_000;

/** Why a chart could not be drawn; the report is still written (see report-fallback.ts). */
export class RasteriseError extends Error {
  override readonly name = "RasteriseError";
}

function loadImage(url: string, width: number, height: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(width, height);
    const timer = setTimeout(() => {
      reject(new RasteriseError("the chart image did not load in time"));
    }, LOAD_TIMEOUT_MS);
    // onload/onerror rather than decode(): older WebKit (Excel for Mac) rejects decode() for SVG.
    image.onload = () => {
      clearTimeout(timer);
      resolve(image);
    };
    image.onerror = () => {
      clearTimeout(timer);
      reject(new RasteriseError("the browser could not read the chart's SVG"));
    };
    image.src = url;
  });
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) reject(new RasteriseError("the canvas could not be read back as PNG"));
      else resolve(blob);
    }, "image/png");
  });
}

export const rasteriseInCanvas: Rasterise = async (svg, width, height) => {
  const pixelsWide = Math.round(width);
  const pixelsHigh = Math.round(height);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url, pixelsWide, pixelsHigh);
    const canvas = document.createElement("canvas");
    canvas.width = pixelsWide;
    canvas.height = pixelsHigh;
    const context = canvas.getContext("2d");
    if (context === null) throw new RasteriseError("this browser gives no 2D canvas");
    // Drawn at the target size, the vector SVG is rendered sharp rather than scaled up.
    context.drawImage(image, 0, 0, pixelsWide, pixelsHigh);
    const png = await canvasToPng(canvas);
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
