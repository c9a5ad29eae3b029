/**
 * The catalogue delivered to the content script as data, not code: the build cuts the
 * catalogue's texts (catalogue-chunks.ts) into pieces, each in a file injected before the tagger
 * and compiled in a task of its own, which leaves its piece on the isolated world's global
 * object (every file this extension injects into the page shares it); the tagger joins and reads
 * them on first use. A piece is one plain string literal: the page compiles ~100 KB of it in a
 * few milliseconds, where a whole half of the catalogue as a template literal took 100 ms at 4×
 * CPU throttling.
 */
import type { CatalogueSource } from "@gapmap/catalog/access";
import { parseLinedJsonInSteps } from "./lined-json";

const PIECES_KEY = "__gapmapCataloguePieces";

/**
 * Between the catalogue's texts in the joined pieces: NUL, which JSON text never holds (its
 * strings escape control characters) and the build checks the version for.
 */
export const TEXT_SEPARATOR = "\u0000";

interface Pieces {
  count: number;
  pieces: (string | undefined)[];
}

function delivered(): Pieces {
  const scope = globalThis as unknown as Record<string, Pieces | undefined>;
  return (scope[PIECES_KEY] ??= { count: Number.NaN, pieces: [] });
}

/** Piece `index` of `count` (each file says how many there are, so no file lists them). */
export function deliverCataloguePiece(index: number, count: number, piece: string): void {
  const state = delivered();
  state.count = count;
  state.pieces[index] = piece;
}

/** Whether every piece is here (a tab tagged before needs no second delivery). */
export function catalogueDelivered(): boolean {
  const { count, pieces } = delivered();
  if (!(count > 0)) return false;
  for (let i = 0; i < count; i++) if (pieces[i] === undefined) return false;
  return true;
}

let parsed: CatalogueSource | undefined;

/**
 * The texts the pieces hold between separators, each as its segments: slices of the pieces,
 * nothing copied yet. Joining all pieces and splitting the result was one step of ~60 ms at 4×
 * CPU throttling (~1 M two-byte characters copied).
 */
function textsOf(pieces: readonly string[]): string[][] {
  const texts: string[][] = [[]];
  for (const piece of pieces) {
    let from = 0;
    for (
      let at = piece.indexOf(TEXT_SEPARATOR);
      at >= 0;
      at = piece.indexOf(TEXT_SEPARATOR, from)
    ) {
      texts.at(-1)?.push(piece.slice(from, at));
      texts.push([]);
      from = at + 1;
    }
    texts.at(-1)?.push(piece.slice(from));
  }
  return texts;
}

/** A text joined from its segments when first read: the phrases are read only to match here. */
function joinedOnRead(segments: readonly string[]): () => string {
  let text: string | undefined;
  return () => (text ??= segments.join(""));
}

/**
 * The delivered catalogue in steps (the data's JSON a few lines a step: lined-json.ts); the
 * data is our own package's, parsed as written (no validation). Kept for deliveredCatalogue.
 * The precomputed phrases are joined when read: when the engine host matches the page's text,
 * only a table analysed here or a page without the host reads them.
 */
export function* deliveredCatalogueInSteps(): Generator<undefined, CatalogueSource> {
  if (parsed !== undefined) return parsed;
  if (!catalogueDelivered()) {
    throw new Error("the catalogue files were not injected before the tagger");
  }
  const { count, pieces } = delivered();
  const [version, rows, stems, data] = textsOf(pieces.slice(0, count) as string[]);
  if (version === undefined || rows === undefined || stems === undefined || data === undefined) {
    throw new Error("the catalogue files hold fewer texts than the catalogue has");
  }
  yield;
  const dataText = data.join("");
  yield;
  const value = (yield* parseLinedJsonInSteps(dataText)) as CatalogueSource["data"];
  const json = joinedOnRead(rows);
  const stemsText = joinedOnRead(stems);
  parsed ??= {
    data: value,
    phrases: {
      catalogueVersion: version.join(""),
      get json() {
        return json();
      },
      get stems() {
        return stemsText();
      },
    },
  };
  return parsed;
}

/** The delivered catalogue at once (what deliveredCatalogueInSteps gave, if it ran). */
export function deliveredCatalogue(): CatalogueSource {
  // Not core's runSteps: the data files bundle this module, and nothing of core.
  const steps = deliveredCatalogueInSteps();
  let next = steps.next();
  while (next.done !== true) next = steps.next();
  return next.value;
}
