/** The readable form of a profile's tracking: request status per indicator, then the process. */
import { getCatalogue } from "@gapmap/catalog";
import {
  PROCESS_STAGES,
  PROCESS_STEPS,
  completeProcess,
  displayName,
  requestState,
  type IndicatorRequestStatus,
  type ProfileTracking,
} from "@gapmap/core";

function requestLine(s: IndicatorRequestStatus): string {
  const catalogue = getCatalogue();
  const state = displayName(catalogue, "requestState", requestState(s), "en").text;
  const parts = [
    s.focalAgency,
    s.requestedOn === undefined ? undefined : `requested ${s.requestedOn}`,
    s.due === undefined ? undefined : `due ${s.due}`,
    s.received === undefined ? undefined : `received ${s.received.on}`,
    s.validated === undefined
      ? undefined
      : `validated by ${s.validated.by} on ${s.validated.on}${s.validated.comment ? ` (${s.validated.comment})` : ""}`,
    s.questions === undefined ? undefined : `questions ${s.questions.on}: ${s.questions.text}`,
  ].filter((p) => p !== undefined);
  return `  ${s.indicator}  ${state}${parts.length > 0 ? ` — ${parts.join("; ")}` : ""}`;
}

export function trackingText(tracking: ProfileTracking, indicators: readonly string[]): string {
  const catalogue = getCatalogue();
  const byId = new Map(tracking.requests.map((r) => [r.indicator, r]));
  const lines = ["Data requests:"];
  for (const id of indicators) lines.push(requestLine(byId.get(id) ?? { indicator: id }));
  const steps = completeProcess(tracking);
  for (const stage of PROCESS_STAGES) {
    lines.push("", `${displayName(catalogue, "processStage", stage, "en").text}:`);
    for (const step of PROCESS_STEPS.filter((s) => s.stage === stage)) {
      const state = steps[step.number - 1];
      if (state === undefined) continue;
      const name = displayName(catalogue, "processStep", step.id, "en").text;
      const status = displayName(catalogue, "processStatus", state.status, "en").text;
      const extra = [
        state.owner,
        state.start === undefined ? undefined : `from ${state.start}`,
        state.due === undefined ? undefined : `due ${state.due}`,
        state.auto === true ? "set by Gapmap" : undefined,
        state.notes,
      ].filter((p) => p !== undefined && p !== "");
      lines.push(
        `  ${String(step.number).padStart(2)}. ${name} (${step.id}): ${status}${extra.length > 0 ? ` — ${extra.join("; ")}` : ""}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
