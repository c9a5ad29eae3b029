/**
 * The content script's check of a message from the table host: the shapes of
 * fromTableHostSchema (platform/messages.ts, still their definition), checked by hand, as
 * from-host-guard.ts does for the engine host. Once the engine host's replies were checked by
 * hand, the table host's first reply became the page's first zod parse, which builds zod's
 * schemas on first use: one task of ~110 ms at 4× CPU throttling in the middle of the pass.
 * table-reply-guard.test.ts holds both to the same verdicts.
 */
import type { FromTableHost, PageTable } from "../platform/messages";
import { arrayOf, isFields, isInteger, isString, onlyFields } from "./from-host-guard";

const TABLE_FIELDS = [
  "selector",
  "name",
  "nameSource",
  "source",
  "caption",
  "indicatorIds",
  "indicatorNames",
  "years",
  "breakdowns",
  "doubt",
] as const;
const NAME_SOURCES: readonly unknown[] = ["caption", "heading", "header-row", "none"];
const SOURCES: readonly unknown[] = ["table", "script"];
const REASONS: readonly unknown[] = ["stock-or-flow", "close-score"];

const isDoubt = (v: unknown) =>
  isFields(v) &&
  onlyFields(v, ["runnerUpId", "reason", "cues", "evidence"]) &&
  isString(v["runnerUpId"]) &&
  REASONS.includes(v["reason"]) &&
  arrayOf(v["cues"], isString) &&
  arrayOf(v["evidence"], isString);

function isPageTable(v: unknown): v is PageTable {
  return (
    isFields(v) &&
    onlyFields(v, TABLE_FIELDS) &&
    isString(v["selector"]) &&
    isString(v["name"]) &&
    NAME_SOURCES.includes(v["nameSource"]) &&
    SOURCES.includes(v["source"]) &&
    (v["caption"] === null || isString(v["caption"])) &&
    arrayOf(v["indicatorIds"], isString) &&
    arrayOf(v["indicatorNames"], isString) &&
    arrayOf(v["years"], isInteger) &&
    arrayOf(v["breakdowns"], isString) &&
    (v["doubt"] === undefined || isDoubt(v["doubt"]))
  );
}

/** The message if it is one the table host may send, else undefined. */
export function readFromTableHost(raw: unknown): FromTableHost | undefined {
  if (!isFields(raw)) return undefined;
  const ok = (() => {
    switch (raw["type"]) {
      case "gapmap/host-tables":
        return (
          onlyFields(raw, ["type", "batch", "tables"]) &&
          isInteger(raw["batch"]) &&
          arrayOf(raw["tables"], (t) => t === null || isPageTable(t))
        );
      case "gapmap/host-error":
        return onlyFields(raw, ["type", "error"]) && isString(raw["error"]);
      default:
        return false;
    }
  })();
  return ok ? (raw as FromTableHost) : undefined;
}
