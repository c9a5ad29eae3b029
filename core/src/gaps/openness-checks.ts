/**
 * Access and ODIN openness elements. Openness averages ODIN's five elements (machine-readable,
 * non-proprietary, download options, metadata, open licence), each 1 / 0.5 / 0; the best
 * record counts. Missing openness information scores 0, as in ODIN.
 */
import type { Openness, SourceRecord } from "../inventory/source-record";
import { ELEMENT_POINTS, type ElementCheck, type ElementStatus } from "./gap-schema";

/** ODIN gives full marks for download options when at least this many kinds are offered. */
export const FULL_DOWNLOAD_OPTIONS = 2;

const ACCESS_STATUS: Record<SourceRecord["access"], ElementStatus> = {
  public: "met",
  "on-request": "partly-met",
  restricted: "not-met",
};

export function checkAccess(records: readonly SourceRecord[]): ElementCheck {
  const best = [...records].sort(
    (a, b) => ELEMENT_POINTS[ACCESS_STATUS[b.access]] - ELEMENT_POINTS[ACCESS_STATUS[a.access]],
  )[0];
  if (best === undefined) {
    return { type: "access", status: "not-met", detail: "no records", recordIds: [] };
  }
  return {
    type: "access",
    status: ACCESS_STATUS[best.access],
    detail: best.access === "public" ? "publicly accessible" : `access: ${best.access}`,
    recordIds: [best.id],
  };
}

interface OpennessElement {
  label: string;
  points: number;
}

export function opennessElements(openness: Openness): OpennessElement[] {
  const options = openness.downloadOptions.length;
  return [
    { label: "machine-readable format", points: openness.machineReadable ? 1 : 0 },
    { label: "non-proprietary format", points: openness.nonProprietary ? 1 : 0 },
    {
      label: "download options (bulk, selection, API)",
      points: options >= FULL_DOWNLOAD_OPTIONS ? 1 : options === 1 ? 0.5 : 0,
    },
    { label: "metadata", points: openness.metadata ? 1 : 0 },
    { label: "open licence", points: openness.openLicence ? 1 : 0 },
  ];
}

/** Share of ODIN openness points, 0..1. */
export function opennessShare(openness: Openness | undefined): number {
  if (openness === undefined) return 0;
  const elements = opennessElements(openness);
  return elements.reduce((sum, e) => sum + e.points, 0) / elements.length;
}

export function checkOpenness(records: readonly SourceRecord[]): ElementCheck {
  const best = [...records].sort(
    (a, b) => opennessShare(b.openness) - opennessShare(a.openness),
  )[0];
  if (best?.openness === undefined) {
    return {
      type: "openness",
      status: "not-met",
      detail: "openness not documented",
      recordIds: records.map((record) => record.id),
    };
  }
  const share = opennessShare(best.openness);
  const lacking = opennessElements(best.openness).filter((e) => e.points < 1);
  const status: ElementStatus = share === 1 ? "met" : share === 0 ? "not-met" : "partly-met";
  return {
    type: "openness",
    status,
    detail:
      lacking.length === 0
        ? "meets all ODIN openness elements"
        : `lacks: ${lacking.map((e) => (e.points === 0 ? e.label : `${e.label} (partly)`)).join(", ")}`,
    recordIds: [best.id],
  };
}
