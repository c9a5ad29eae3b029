/**
 * The "Report" button beside the exports, and under it the report's progress, where it went, or
 * what went wrong. The same in Excel and in web mode; the host decides how the file is saved.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { HostError } from "../../host/host";
import { useI18n } from "../i18n-context";
import "./report.css";
import { REPORT_MESSAGES, type ReportMessages } from "./report-messages";
import { useReport, type ReportRequest, type ReportState } from "./use-report";

/** How far along each stage is, for the bar (charts move it from 0.15 to 0.75). */
function fractionOf(state: Extract<ReportState, { status: "working" }>): number {
  if (state.stage === "loading") return 0.05;
  if (state.stage === "charts") return 0.15 + 0.2 * state.charts;
  return state.stage === "writing" ? 0.8 : 0.95;
}

function progressText(state: Extract<ReportState, { status: "working" }>, m: ReportMessages) {
  if (state.stage === "charts") return m.charts(state.charts + 1);
  return m[state.stage];
}

/** Host errors are written for users (e.g. the Mac size limit); anything else gets our words. */
function failureText(state: Extract<ReportState, { status: "failed" }>, m: ReportMessages) {
  if (state.during === "loading") return m.loadFailed;
  if (state.cause instanceof HostError) return state.cause.userMessage;
  console.error(state.cause);
  return m.failed;
}

/** Where the report went, or what went wrong, until the user dismisses it. */
function StatusBar(props: {
  intent: "success" | "warning" | "error";
  testId: string;
  route?: string;
  dismiss: string;
  onDismiss: () => void;
  children: ReactNode;
}) {
  return (
    <MessageBar
      className="report-status"
      intent={props.intent}
      role={props.intent === "error" ? "alert" : "status"}
      data-testid={props.testId}
      data-route={props.route}
    >
      <MessageBarBody>{props.children}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          {props.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ReportAction(props: Omit<ReportRequest, "language"> & { busy: boolean }) {
  const { language } = useI18n();
  const m = REPORT_MESSAGES[language];
  const { state, run, dismiss } = useReport();
  const { busy, ...request } = props;
  return (
    <>
      <Button
        data-testid="make-report"
        aria-label={m.buttonLabel}
        title={m.buttonLabel}
        disabled={busy || state.status === "working"}
        onClick={() => void run({ ...request, language })}
      >
        {m.button}
      </Button>
      {state.status === "working" && (
        <div className="report-status" data-testid="report-progress" data-stage={state.stage}>
          <Text size={200} role="status">
            {progressText(state, m)}
          </Text>
          <ProgressBar value={fractionOf(state)} />
        </div>
      )}
      {state.status === "done" && (
        <StatusBar
          intent={state.chartsWithoutPicture > 0 ? "warning" : "success"}
          testId="report-done"
          route={state.route}
          dismiss={m.dismiss}
          onDismiss={dismiss}
        >
          {state.route === "browser" ? m.openedInBrowser : m.downloaded(state.fileName)}
          {state.chartsWithoutPicture > 0 && ` ${m.withoutPicture(state.chartsWithoutPicture)}`}
        </StatusBar>
      )}
      {state.status === "failed" && (
        <StatusBar intent="error" testId="report-failed" dismiss={m.dismiss} onDismiss={dismiss}>
          {failureText(state, m)}
        </StatusBar>
      )}
    </>
  );
}
