/**
 * Bytes to text without Node's Buffer, so the readers run in the task pane and the CLI alike.
 * TextDecoder exists in browsers and Node but is in neither core's ES lib nor its (empty) types,
 * so it is reached through a minimal local interface instead of a global declaration.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

function textDecoderClass(): TextDecoderConstructor {
  const found = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (found === undefined) throw new Error("TextDecoder is not available in this runtime.");
  return found;
}

/** Decodes with a WHATWG encoding label; `fatal` makes invalid sequences throw. */
export function decodeBytes(bytes: Uint8Array, encoding: string, fatal = false): string {
  const Decoder = textDecoderClass();
  return new Decoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Chunk size for String.fromCharCode, well below engines' argument-count limits. */
const CHAR_CODE_CHUNK = 8192;

/**
 * ISO-8859-1 exactly, one char per byte (WHATWG's "latin1" label means Windows-1252, which
 * remaps 0x80–0x9F).
 */
export function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += CHAR_CODE_CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHAR_CODE_CHUNK));
  }
  return out;
}
