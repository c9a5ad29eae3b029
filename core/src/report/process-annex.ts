/**
 * Annex C, the profile's process (issue 14): the 15 steps of IOM's guidance note in their three
 * stages, each with its owner, dates, status and notes (and whether Gapmap set the status), then
 * where the data requests stand: how many needed indicators are in each state, and which came
 * back with questions. Read from the profile's tracking.
 *
 * `gapmap report` and the task pane always hand in tracking (with the steps Gapmap follows
 * filled in, as the pane's Process view shows them). An assessment without any still gets the
 * annex, as one sentence saying the process was not recorded: the guidance note makes the
 * process part of the profile, so a reader looking for it learns that it is missing rather than
 * wondering whether the report left it out. The sentence follows the sources on their page.
 */
import type { Paragraph } from "docx";
import { PROCESS_STAGES, PROCESS_STEPS, type ProcessStepState } from "../tracking/process-steps";
import { completeProcess, type ProfileTracking } from "../tracking/profile-tracking";
import {
  REQUEST_STATES,
  requestState,
  type IndicatorRequestStatus,
} from "../tracking/request-status";
import { heading, paragraph } from "./docx-blocks";
import type { ReportContext } from "./report-context";

function stepRow(context: ReportContext, state: ProcessStepState, number: number): string[] {
  const words = context.strings.process;
  const status = context.name("processStatus", state.status);
  return [
    String(number),
    context.name("processStep", state.step),
    state.owner ?? "",
    state.start ?? "",
    state.due ?? "",
    state.auto === true ? `${status}\n(${words.setByGapmap})` : status,
    state.notes ?? "",
  ];
}

function stepTables(context: ReportContext, tracking: ProfileTracking): Paragraph[] {
  const words = context.strings.process;
  const states = completeProcess(tracking);
  const count = (status: ProcessStepState["status"]) =>
    states.filter((s) => s.status === status).length;
  const blocks: Paragraph[] = [
    heading(words.heading, 1, { pageBreakBefore: true }),
    paragraph(words.intro(PROCESS_STEPS.length, count("done"), count("in-progress"))),
  ];
  for (const stage of PROCESS_STAGES) {
    blocks.push(heading(context.name("processStage", stage), 2));
    blocks.push(
      context.table(
        [words.number, words.step, words.owner, words.start, words.due, words.status, words.notes],
        PROCESS_STEPS.filter((step) => step.stage === stage).map((step) =>
          stepRow(
            context,
            states[step.number - 1] ?? { step: step.id, status: "not-started" },
            step.number,
          ),
        ),
        [0.06, 0.21, 0.18, 0.12, 0.12, 0.15, 0.16],
      ),
    );
  }
  return blocks;
}

function requestSummary(context: ReportContext, tracking: ProfileTracking): Paragraph[] {
  const words = context.strings.process;
  const needed = context.assessment.profile.indicators.map((n) => n.indicator);
  const byIndicator = new Map(tracking.requests.map((r) => [r.indicator, r]));
  const statuses: IndicatorRequestStatus[] = needed.map(
    (indicator) => byIndicator.get(indicator) ?? { indicator },
  );
  const states = statuses.map(requestState);
  const questions = statuses.filter((s) => requestState(s) === "questions");
  return [
    heading(words.requestsHeading, 2),
    paragraph(
      words.requestsIntro(states.filter((s) => s !== "not-requested").length, needed.length),
    ),
    context.table(
      [words.state, words.indicators],
      REQUEST_STATES.map((state) => [
        context.name("requestState", state),
        String(states.filter((s) => s === state).length),
      ]),
      [0.7, 0.3],
    ),
    heading(words.questionsHeading, 2),
    questions.length === 0
      ? paragraph(words.noQuestions)
      : context.table(
          [context.strings.indicator, words.agency, words.questionsOn, words.questions],
          questions.map((s) => [
            context.name("indicator", s.indicator),
            s.focalAgency ?? "",
            s.questions?.on ?? "",
            s.questions?.text ?? "",
          ]),
          [0.3, 0.2, 0.12, 0.38],
        ),
  ];
}

export function processAnnex(context: ReportContext): Paragraph[] {
  const tracking = context.assessment.profile.tracking;
  const words = context.strings.process;
  if (tracking === undefined) return [heading(words.heading, 1), paragraph(words.notRecorded)];
  return [...stepTables(context, tracking), ...requestSummary(context, tracking)];
}
