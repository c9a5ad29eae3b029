/**
 * The content script's check of a message from the engine host: the shapes of
 * fromEngineHostSchema (platform/messages.ts, still their definition), checked by hand. The
 * host's first message was the page's first zod parse, and zod's schemas are built on first use
 * in the content script: together 30–60 ms of one task at 4× CPU throttling, in the middle of
 * the pass. from-host-guard.test.ts holds both to the same verdicts.
 */
import type { FromEngineHost, PackedMentions } from "../platform/messages";

export type Fields = Record<string, unknown>;

/** A non-null object that is not an array (what zod's object schemas take). */
export const isFields = (v: unknown): v is Fields =>
  typeof v === "object" && v !== null && !Array.isArray(v);
/** zod's strict objects: every key one of `allowed`. */
export const onlyFields = (fields: Fields, allowed: readonly string[]) =>
  Object.keys(fields).every((key) => allowed.includes(key));
export const isString = (v: unknown): v is string => typeof v === "string";
/** zod's `number()`: finite. */
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** zod's `.int()`: a safe integer. */
export const isInteger = (v: unknown): v is number =>
  typeof v === "number" && Number.isSafeInteger(v);
export const arrayOf = (v: unknown, isItem: (item: unknown) => boolean): boolean =>
  Array.isArray(v) && v.every(isItem);

const PACKED_FIELDS = [
  "ids",
  "id",
  "start",
  "end",
  "score",
  "text",
  "inflected",
  "alternatives",
  "runnerUps",
] as const;

const isAlternative = (v: unknown) =>
  isFields(v) && onlyFields(v, ["at", "ids"]) && isInteger(v["at"]) && arrayOf(v["ids"], isInteger);

const isRunnerUp = (v: unknown) =>
  isFields(v) &&
  onlyFields(v, ["at", "id", "reason", "cues"]) &&
  isInteger(v["at"]) &&
  isString(v["id"]) &&
  v["reason"] === "stock-or-flow" &&
  arrayOf(v["cues"], isString);

function isPacked(v: unknown): v is PackedMentions {
  if (!isFields(v) || !onlyFields(v, PACKED_FIELDS)) return false;
  return (
    arrayOf(v["ids"], isString) &&
    arrayOf(v["text"], isString) &&
    ["id", "start", "end", "score", "inflected"].every((key) => arrayOf(v[key], isNumber)) &&
    arrayOf(v["alternatives"], isAlternative) &&
    arrayOf(v["runnerUps"], isRunnerUp)
  );
}

const LANG_SOURCES: readonly unknown[] = ["attribute", "guess"];

const isLang = (v: unknown) =>
  isFields(v) &&
  onlyFields(v, ["lang", "source", "confidence", "script"]) &&
  isString(v["lang"]) &&
  LANG_SOURCES.includes(v["source"]) &&
  isNumber(v["confidence"]) &&
  (v["script"] === undefined || isString(v["script"]));

/** The message if it is one the host may send, else undefined. */
export function readFromEngineHost(raw: unknown): FromEngineHost | undefined {
  if (!isFields(raw)) return undefined;
  const ok = (() => {
    switch (raw["type"]) {
      case "gapmap/host-ask-breaks":
        return onlyFields(raw, ["type", "boundaries"]) && arrayOf(raw["boundaries"], isNumber);
      case "gapmap/host-mentions-part":
        return onlyFields(raw, ["type", "mentions"]) && isPacked(raw["mentions"]);
      case "gapmap/host-mentions":
        return (
          onlyFields(raw, ["type", "mentions", "lang"]) &&
          isPacked(raw["mentions"]) &&
          isLang(raw["lang"])
        );
      case "gapmap/host-error":
        return onlyFields(raw, ["type", "error"]) && isString(raw["error"]);
      default:
        return false;
    }
  })();
  return ok ? (raw as FromEngineHost) : undefined;
}
