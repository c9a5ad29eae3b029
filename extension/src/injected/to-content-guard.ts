/**
 * The content script's check of a message from the side panel or the background: the shapes of
 * toContentSchema (platform/messages.ts, still their definition), checked by hand. A page's first
 * message was its first zod parse, which runs zod's code cold: 50–80 ms of one task at 4× CPU,
 * before every first pass. to-content-guard.test.ts holds both to the same verdicts.
 */
import type { ToContent } from "../platform/messages";

/** The messages that carry nothing but their type. */
const BARE_TYPES: ReadonlySet<string> = new Set([
  "gapmap/tag",
  "gapmap/page-state",
  "gapmap/current-state",
  "gapmap/reanchor",
]);

type Fields = Record<string, unknown>;

/** Whether `message` has no field but `allowed` (zod's strict objects refuse the rest). */
const onlyFields = (message: Fields, allowed: readonly string[]) =>
  Object.keys(message).every((key) => allowed.includes(key));

const optional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);
const isString = (v: unknown): v is string => typeof v === "string";
/** zod's `.int()`: a safe integer. */
const isInteger = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v);

/** The message if it is one the content script handles, else undefined. */
export function readToContent(raw: unknown): ToContent | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const message = raw as Fields;
  const { type, indicatorId } = message;
  if (isString(type) && BARE_TYPES.has(type)) {
    return onlyFields(message, ["type"]) ? ({ type } as ToContent) : undefined;
  }
  if (type === "gapmap/show-card") {
    const { occurrence } = message;
    if (!onlyFields(message, ["type", "indicatorId", "occurrence"])) return undefined;
    if (!isString(indicatorId) || !optional(occurrence, isInteger)) return undefined;
    return { type, indicatorId, ...(occurrence === undefined ? {} : { occurrence }) } as ToContent;
  }
  if (type === "gapmap/describe-anchor") {
    const { tableSelector } = message;
    if (!onlyFields(message, ["type", "indicatorId", "tableSelector"])) return undefined;
    if (!isString(indicatorId) || !optional(tableSelector, isString)) return undefined;
    return {
      type,
      indicatorId,
      ...(tableSelector === undefined ? {} : { tableSelector }),
    } as ToContent;
  }
  return undefined;
}
