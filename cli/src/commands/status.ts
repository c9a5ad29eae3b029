/**
 * `gapmap status`: show or set the TWG's request statuses and process steps, kept in the
 * needs profile .json (the file `gapmap requests` and `gapmap assess` update too).
 */
import { readFile } from "node:fs/promises";
import {
  PROCESS_STEPS,
  PROCESS_STEP_STATUSES,
  emptyTracking,
  profileFromJson,
  profileTrackingSchema,
  withRequestStatus,
  type IndicatorRequestStatus,
  type NeedsProfile,
  type ProcessStepState,
  type ProfileTracking,
} from "@gapmap/core";
import type { Command } from "../command";
import { CliError, usageError } from "../cli-error";
import { parseCommandArgs } from "../parse-args";
import { saveProfile } from "../assess/profile-tracking";
import { today } from "../assess/assessment-inputs";
import { trackingText } from "../format/status-text";

const USAGE = `Usage: gapmap status PROFILE.json [INDICATOR | STEP] [options]
  Shows the request status of every needed indicator and the 15 steps of the profile's
  process, or sets one of them. The statuses are saved in PROFILE.json.
  For an indicator (its catalogue ID, e.g. stock-immigrants):
    --requested           requested (with --agency NAME and --due DATE)
    --received            data received
    --validated-by NAME   validated by the TWG (step 12); --comment TEXT
    --questions TEXT      returned to the agency with questions
  For a process step (its ID such as existing-evidence, or its number 1–15):
    --step-status not-started|in-progress|done   --owner NAME   --start DATE
    --due DATE   --notes TEXT
  --on DATE   the date of what you record (default: today)
  --json      print the tracking as JSON`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function dateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw usageError(`${option} takes a date such as 2026-12-31 (got "${value}").`);
  return value;
}

async function loadProfile(path: string): Promise<NeedsProfile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError(`needs profile not found: ${path}`);
  }
  try {
    return profileFromJson(text);
  } catch (error) {
    throw new CliError(
      `${path} is not a valid needs profile: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

type Values = Record<string, string | boolean | undefined>;
const str = (v: Values, k: string) => (typeof v[k] === "string" ? v[k] : undefined);

function setRequest(
  tracking: ProfileTracking,
  indicator: string,
  v: Values,
  on: string,
): ProfileTracking {
  const due = dateOption(str(v, "due"), "--due");
  const agency = str(v, "agency");
  const update = (s: IndicatorRequestStatus): IndicatorRequestStatus => {
    let next = { ...s };
    if (agency !== undefined) next.focalAgency = agency;
    if (due !== undefined) next.due = due;
    if (v.requested === true) next.requestedOn = on;
    if (v.received === true) next.received = { on, recordIds: s.received?.recordIds ?? [] };
    const by = str(v, "validated-by");
    if (by !== undefined) {
      const comment = str(v, "comment");
      next = { ...next, validated: { by, on, ...(comment === undefined ? {} : { comment }) } };
    }
    const questions = str(v, "questions");
    if (questions !== undefined) next.questions = { on, text: questions };
    return next;
  };
  return withRequestStatus(tracking, indicator, update);
}

function setStep(tracking: ProfileTracking, stepArg: string, v: Values): ProfileTracking {
  const step = PROCESS_STEPS.find((s) => s.id === stepArg || String(s.number) === stepArg);
  if (step === undefined) throw usageError(`unknown process step "${stepArg}".`);
  const status = str(v, "step-status");
  if (status !== undefined && !(PROCESS_STEP_STATUSES as readonly string[]).includes(status))
    throw usageError(`--step-status must be one of ${PROCESS_STEP_STATUSES.join(", ")}.`);
  const start = dateOption(str(v, "start"), "--start");
  const due = dateOption(str(v, "due"), "--due");
  const process = tracking.process.filter((s) => s.step !== step.id);
  const old: ProcessStepState = tracking.process.find((s) => s.step === step.id) ?? {
    step: step.id,
    status: "not-started",
  };
  const owner = str(v, "owner");
  const notes = str(v, "notes");
  const next: ProcessStepState = {
    ...old,
    ...(owner === undefined ? {} : { owner }),
    ...(start === undefined ? {} : { start }),
    ...(due === undefined ? {} : { due }),
    ...(notes === undefined ? {} : { notes }),
  };
  // A status a person sets is theirs: Gapmap no longer moves it.
  if (status !== undefined) {
    next.status = status as ProcessStepState["status"];
    delete next.auto;
  }
  process.push(next);
  const order = new Map(PROCESS_STEPS.map((s) => [s.id, s.number]));
  process.sort((a, b) => (order.get(a.step) ?? 0) - (order.get(b.step) ?? 0));
  return { ...tracking, process };
}

export const statusCommand: Command = {
  name: "status",
  summary: "show or set data-request statuses and the profile's process steps",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        requested: { type: "boolean" },
        received: { type: "boolean" },
        "validated-by": { type: "string" },
        comment: { type: "string" },
        questions: { type: "string" },
        agency: { type: "string" },
        "step-status": { type: "string" },
        owner: { type: "string" },
        start: { type: "string" },
        due: { type: "string" },
        notes: { type: "string" },
        on: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
    const [path, target, ...rest] = positionals;
    if (path === undefined) throw usageError("status needs the needs profile .json.");
    if (rest.length > 0) throw usageError(`unexpected argument "${rest[0] ?? ""}".`);
    const profile = await loadProfile(path);
    let tracking = profile.tracking ?? emptyTracking();
    if (target !== undefined) {
      const on = dateOption(values.on, "--on") ?? today();
      const isStep = PROCESS_STEPS.some((s) => s.id === target || String(s.number) === target);
      if (isStep) tracking = setStep(tracking, target, values);
      else if (profile.indicators.some((n) => n.indicator === target))
        tracking = setRequest(tracking, target, values, on);
      else
        throw new CliError(
          `"${target}" is neither an indicator of the profile "${profile.name}" nor a process step (1–15 or an ID such as existing-evidence).`,
        );
      const checked = profileTrackingSchema.safeParse(tracking);
      if (!checked.success)
        throw new CliError(checked.error.issues.map((i) => i.message).join("\n"));
      await saveProfile(path, { ...profile, tracking: checked.data });
      io.err(`Saved in ${path}\n`);
    }
    const indicators = profile.indicators.map((n) => n.indicator);
    io.out(
      values.json ? `${JSON.stringify(tracking, null, 2)}\n` : trackingText(tracking, indicators),
    );
    return 0;
  },
};
