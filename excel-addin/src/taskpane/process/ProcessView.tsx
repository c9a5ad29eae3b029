/**
 * The "Process" view: the guidance note's 15 steps in their 3 stages, each with an owner, dates,
 * a status and notes; Gapmap fills in the steps it can follow. Saved with the needs profile.
 */
import { Text } from "@fluentui/react-components";
import { completeProcess, emptyTracking, PROCESS_STAGES, PROCESS_STEPS } from "@gapmap/core";
import { useTrackingText } from "../requests/messages";
import "../requests/requests.css";
import type { Workflow } from "../use-workflow";
import { doneCount, withStepEdit } from "./process-edits";
import { ProcessStepCard } from "./ProcessStepCard";

export function ProcessView(props: { flow: Workflow }) {
  const { flow } = props;
  const { tt, name } = useTrackingText();
  if (flow.profileInUse === undefined)
    return <Text data-testid="process-need-profile">{tt("needProfile")}</Text>;
  const states = new Map(
    completeProcess(flow.tracking ?? emptyTracking()).map((state) => [state.step, state]),
  );
  return (
    <section className="stack" data-testid="process-view">
      <Text>{tt("processIntro")}</Text>
      <Text weight="semibold" data-testid="process-done">
        {tt("stepsDone", { done: doneCount(flow.tracking), total: PROCESS_STEPS.length })}
      </Text>
      {PROCESS_STAGES.map((stage) => (
        <section
          key={stage}
          className="stack"
          data-testid="process-stage"
          aria-label={name("processStage", stage)}
        >
          <Text as="h2" size={400} weight="semibold" className="tracking-heading">
            {name("processStage", stage)}
          </Text>
          <ol className="process-stage card-list">
            {PROCESS_STEPS.filter((step) => step.stage === stage).map((step) => {
              const state = states.get(step.id) ?? { step: step.id, status: "not-started" };
              return (
                <ProcessStepCard
                  key={step.id}
                  step={step}
                  state={state}
                  onChange={(patch) => {
                    flow.setTracking((current) => withStepEdit(current, step.id, patch));
                  }}
                />
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
