/**
 * One process step as a card: number, name, status (marked "auto" where Gapmap set it), owner
 * and due date; it opens for editing the status, owner, dates and notes.
 */
import { Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import {
  PROCESS_STEP_STATUSES,
  processStepStatusSchema,
  type ProcessStep,
  type ProcessStepState,
} from "@gapmap/core";
import { useState } from "react";
import { EditToggle } from "../requests/EditToggle";
import { useTrackingText } from "../requests/messages";
import { StatePill } from "../requests/StatusCard";
import type { StepPatch } from "./process-edits";

/** A text field typed as is and saved when left, so spaces and half-typed words survive. */
function DraftText(props: {
  label: string;
  value: string | undefined;
  testId: string;
  multiline?: boolean;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(props.value ?? "");
  const commit = () => {
    if (draft.trim() !== (props.value ?? "")) props.onCommit(draft.trim());
  };
  return (
    <Field label={props.label} size="small">
      {props.multiline === true ? (
        <Textarea
          size="small"
          data-testid={props.testId}
          value={draft}
          onChange={(_, d) => {
            setDraft(d.value);
          }}
          onBlur={commit}
        />
      ) : (
        <Input
          size="small"
          data-testid={props.testId}
          value={draft}
          onChange={(_, d) => {
            setDraft(d.value);
          }}
          onBlur={commit}
        />
      )}
    </Field>
  );
}

export function ProcessStepCard(props: {
  step: ProcessStep;
  state: ProcessStepState;
  onChange: (patch: StepPatch) => void;
}) {
  const { tt, name, labelled } = useTrackingText();
  const { step, state } = props;
  const [open, setOpen] = useState(false);
  const title = name("processStep", step.id);
  const summary = [
    state.owner,
    state.due === undefined ? undefined : labelled(tt("due"), state.due),
  ].filter((part) => part !== undefined && part !== "");
  const date = (key: "start" | "due", label: string) => (
    <Field label={label} size="small" className="tracking-field">
      <Input
        size="small"
        type="date"
        data-testid={`process-${key}`}
        value={state[key] ?? ""}
        onChange={(_, d) => {
          props.onChange({ [key]: d.value === "" ? undefined : d.value });
        }}
      />
    </Field>
  );
  return (
    <li
      className="item-card stack process-card"
      data-testid="process-step"
      data-step={step.id}
      data-status={state.status}
      data-auto={state.auto === true ? "true" : "false"}
    >
      <div className="item-card-head">
        <div className="row" style={{ flexWrap: "nowrap", alignItems: "flex-start" }}>
          <span className="process-number">{step.number}</span>
          <Text weight="semibold">{title}</Text>
        </div>
        <EditToggle open={open} title={title} testId="process-edit" onToggle={setOpen} />
      </div>
      <div className="row">
        <StatePill state={state.status} kind="processStatus" />
        {state.auto === true && <span className="auto-mark">{tt("auto")}</span>}
        <Text size={200} className="muted">
          {summary.join(" · ")}
        </Text>
      </div>
      {!open && state.notes !== undefined && (
        <Text size={200} className="muted ellipsis" block>
          {state.notes}
        </Text>
      )}
      {open && (
        <div className="stack">
          <Field label={tt("status")} size="small">
            <Select
              size="small"
              data-testid="process-status"
              value={state.status}
              onChange={(_, d) => {
                const status = processStepStatusSchema.safeParse(d.value);
                if (status.success) props.onChange({ status: status.data });
              }}
            >
              {PROCESS_STEP_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {name("processStatus", status)}
                </option>
              ))}
            </Select>
          </Field>
          <DraftText
            label={tt("owner")}
            testId="process-owner"
            value={state.owner}
            onCommit={(owner) => {
              props.onChange({ owner });
            }}
          />
          <div className="tracking-dates">
            {date("start", tt("start"))}
            {date("due", tt("due"))}
          </div>
          <DraftText
            label={tt("notes")}
            testId="process-notes"
            value={state.notes}
            multiline
            onCommit={(notes) => {
              props.onChange({ notes });
            }}
          />
        </div>
      )}
    </li>
  );
}
