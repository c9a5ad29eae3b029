/**
 * Access and ODIN openness elements. Openness averages ODIN's five elements (machine-readable,
 * non-proprietary, download options, metadata, open licence), each 1 / 0.5 / 0; the best
 * record counts. Missing openness information scores 0, as in ODIN.
 */
import type { Openness, SourceRecord } from "../inventory/source-record";
import type { OpennessElement } from "./gap-message";
import { ELEMENT_POINTS, type ElementCheck, type ElementStatus } from "./gap-schema";
import { withMessage } from "./with-message";

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
    return withMessage(
      { type: "access", status: "not-met", recordIds: [] },
      { id: "records.none" },
    );
  }
  return withMessage(
    { type: "access", status: ACCESS_STATUS[best.access], recordIds: [best.id] },
    best.access === "public"
      ? { id: "access.public" }
      : { id: "access.level", access: best.access },
  );
}

interface OpennessPoints {
  element: OpennessElement;
  points: number;
}

export function opennessElements(openness: Openness): OpennessPoints[] {
  const options = openness.downloadOptions.length;
  return [
    { element: "machineReadable", points: openness.machineReadable ? 1 : 0 },
    { element: "nonProprietary", points: openness.nonProprietary ? 1 : 0 },
    {
      element: "downloadOptions",
      points: options >= FULL_DOWNLOAD_OPTIONS ? 1 : options === 1 ? 0.5 : 0,
    },
    { element: "metadata", points: openness.metadata ? 1 : 0 },
    { element: "openLicence", points: openness.openLicence ? 1 : 0 },
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
    return withMessage(
      { type: "openness", status: "not-met", recordIds: records.map((record) => record.id) },
      { id: "openness.undocumented" },
    );
  }
  const share = opennessShare(best.openness);
  const lacking = opennessElements(best.openness).filter((e) => e.points < 1);
  const status: ElementStatus = share === 1 ? "met" : share === 0 ? "not-met" : "partly-met";
  return withMessage(
    { type: "openness", status, recordIds: [best.id] },
    lacking.length === 0
      ? { id: "openness.met" }
      : {
          id: "openness.lacks",
          lacking: lacking.map((e) => ({ element: e.element, partly: e.points > 0 })),
        },
  );
}
