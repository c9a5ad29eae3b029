/**
 * A record's status as the side panel shows it. On this page: anchored (found where it was
 * saved), re-anchored (found again by its quote after the page moved), re-anchored with changed
 * text, or orphaned (not found); records of other pages of the site are "on another page".
 */
import type { MessageKey } from "../i18n/index";
import type { PageState } from "../platform/messages";

export type RecordStatus = "anchored" | "re-anchored" | "changed" | "orphaned" | "other-page";

type RecordAnchor = PageState["records"][number];

export function recordStatus(anchor: RecordAnchor | undefined): RecordStatus {
  if (anchor === undefined) return "other-page";
  if (anchor.status === "orphaned") return "orphaned";
  if (anchor.status === "changed") return "changed";
  return anchor.method === undefined || anchor.method === "position" ? "anchored" : "re-anchored";
}

export const RECORD_STATUS_LABEL: Readonly<Record<RecordStatus, MessageKey>> = {
  anchored: "statusAnchored",
  "re-anchored": "statusReanchored",
  changed: "statusChanged",
  orphaned: "statusOrphaned",
  "other-page": "statusOtherPage",
};

export const RECORD_STATUS_COLOR: Readonly<
  Record<RecordStatus, "success" | "informative" | "warning" | "danger" | "subtle">
> = {
  anchored: "success",
  "re-anchored": "informative",
  changed: "warning",
  orphaned: "danger",
  "other-page": "subtle",
};
