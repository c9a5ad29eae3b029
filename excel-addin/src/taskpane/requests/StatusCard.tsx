/**
 * One indicator's request status as a card: a summary line (state, agency, dates) that opens for
 * editing the focal agency and dates, validating the returned data (who, when, comment) or
 * returning it with questions. Fits a 350 px pane: fields stack, nothing scrolls sideways.
 */
import { Button, Field, Input, Text, Textarea } from "@fluentui/react-components";
import { requestState, type IndicatorRequestStatus, type ProfileTracking } from "@gapmap/core";
import { useState } from "react";
import { EditToggle } from "./EditToggle";
import { useTrackingText } from "./messages";
import {
  clearPart,
  defined,
  isoToday,
  optionalText,
  returnWithQuestions,
  validate,
  withStatus,
} from "./request-status-edits";

export function StatePill(props: { state: string; kind: "requestState" | "processStatus" }) {
  const { name } = useTrackingText();
  return (
    <span className={`status-pill tracking-${props.state}`} data-state={props.state}>
      {name(props.kind, props.state)}
    </span>
  );
}

/** A date field: the browser's date picker, "" for none. */
function DateField(props: {
  label: string;
  value: string | undefined;
  testId: string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Field label={props.label} size="small" className="tracking-field">
      <Input
        size="small"
        type="date"
        data-testid={props.testId}
        value={props.value ?? ""}
        onChange={(_, d) => {
          props.onChange(d.value === "" ? undefined : d.value);
        }}
      />
    </Field>
  );
}

export function StatusCard(props: {
  status: IndicatorRequestStatus;
  recordTitles: ReadonlyMap<string, string>;
  onChange: (update: (tracking: ProfileTracking) => ProfileTracking) => void;
}) {
  const { t, tt, name, labelled } = useTrackingText();
  const { status } = props;
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState("");
  const [comment, setComment] = useState("");
  const [questions, setQuestions] = useState("");
  /** Typed as is (spaces included) and saved when the field is left. */
  const [agency, setAgency] = useState(status.focalAgency ?? "");
  const title = name("indicator", status.indicator);
  const state = requestState(status);
  const set = (patch: Partial<IndicatorRequestStatus>) => {
    props.onChange((tracking) => withStatus(tracking, defined({ ...status, ...patch })));
  };
  const records = (status.received?.recordIds ?? []).map((id) => props.recordTitles.get(id) ?? id);
  const summary = [
    status.focalAgency,
    status.due === undefined ? undefined : labelled(tt("due"), status.due),
  ].filter((part) => part !== undefined);
  return (
    <article
      className="item-card stack tracking-card"
      data-testid="status-card"
      data-indicator={status.indicator}
      data-state={state}
    >
      <div className="item-card-head">
        <Text weight="semibold">{title}</Text>
        <EditToggle open={open} title={title} testId="status-edit" onToggle={setOpen} />
      </div>
      <div className="row">
        <StatePill state={state} kind="requestState" />
        <Text size={200} className="muted">
          {summary.join(" · ")}
        </Text>
      </div>
      {status.received && (
        <Text size={200} block data-testid="status-received">
          {tt("receivedOn", { date: status.received.on })}
          {records.length > 0 ? ` · ${tt("records", { records: records.join("; ") })}` : ""}
        </Text>
      )}
      {status.validated && (
        <Text size={200} block data-testid="status-validated">
          {tt("validatedLine", { by: status.validated.by, date: status.validated.on })}
          {status.validated.comment === undefined ? "" : ` · ${status.validated.comment}`}
        </Text>
      )}
      {status.questions && (
        <Text size={200} block data-testid="status-questions">
          {tt("questionsLine", { date: status.questions.on, text: status.questions.text })}
        </Text>
      )}
      {open && (
        <div className="stack tracking-edit">
          <Field label={tt("focalAgency")} size="small">
            <Input
              size="small"
              data-testid="status-agency"
              value={agency}
              onChange={(_, d) => {
                setAgency(d.value);
              }}
              onBlur={() => {
                if (optionalText(agency) !== status.focalAgency)
                  set({ focalAgency: optionalText(agency) });
              }}
            />
          </Field>
          <div className="tracking-dates">
            <DateField
              label={tt("requestedOn")}
              testId="status-requested"
              value={status.requestedOn}
              onChange={(requestedOn) => {
                set({ requestedOn });
              }}
            />
            <DateField
              label={tt("due")}
              testId="status-due"
              value={status.due}
              onChange={(due) => {
                set({ due });
              }}
            />
          </div>
          <fieldset className="tracking-group">
            <legend>{tt("validate")}</legend>
            <Field label={tt("validatedBy")} size="small">
              <Input
                size="small"
                data-testid="validate-by"
                value={by}
                onChange={(_, d) => {
                  setBy(d.value);
                }}
              />
            </Field>
            <Field label={tt("comment")} size="small">
              <Textarea
                size="small"
                data-testid="validate-comment"
                value={comment}
                onChange={(_, d) => {
                  setComment(d.value);
                }}
              />
            </Field>
            <div className="row">
              <Button
                size="small"
                appearance="primary"
                data-testid="validate"
                disabled={optionalText(by) === undefined}
                onClick={() => {
                  props.onChange((tracking) =>
                    validate(tracking, status.indicator, by, isoToday(), comment),
                  );
                  setBy("");
                  setComment("");
                }}
              >
                {tt("validate")}
              </Button>
              {status.validated && (
                <Button
                  size="small"
                  data-testid="clear-validated"
                  onClick={() => {
                    props.onChange((tracking) =>
                      clearPart(tracking, status.indicator, "validated"),
                    );
                  }}
                >
                  {labelled(tt("clear"), name("requestState", "validated"))}
                </Button>
              )}
            </div>
          </fieldset>
          <fieldset className="tracking-group">
            <legend>{tt("returnWithQuestions")}</legend>
            <Field label={tt("questions")} size="small">
              <Textarea
                size="small"
                data-testid="questions-text"
                value={questions}
                onChange={(_, d) => {
                  setQuestions(d.value);
                }}
              />
            </Field>
            <div className="row">
              <Button
                size="small"
                data-testid="return-questions"
                disabled={optionalText(questions) === undefined}
                onClick={() => {
                  props.onChange((tracking) =>
                    returnWithQuestions(tracking, status.indicator, questions, isoToday()),
                  );
                  setQuestions("");
                }}
              >
                {tt("returnWithQuestions")}
              </Button>
              {status.questions && (
                <Button
                  size="small"
                  data-testid="clear-questions"
                  onClick={() => {
                    props.onChange((tracking) =>
                      clearPart(tracking, status.indicator, "questions"),
                    );
                  }}
                >
                  {labelled(tt("clear"), name("requestState", "questions"))}
                </Button>
              )}
            </div>
          </fieldset>
          <Text size={200} className="muted">
            {labelled(t("indicator"), status.indicator)}
          </Text>
        </div>
      )}
    </article>
  );
}
