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
        <MessageBar
          className="report-status"
          intent={state.chartsWithoutPicture > 0 ? "warning" : "success"}
          data-testid="report-done"
          data-route={state.route}
        >
          <MessageBarBody>
            {state.route === "browser" ? m.openedInBrowser : m.downloaded(state.fileName)}
            {state.chartsWithoutPicture > 0 && ` ${m.withoutPicture(state.chartsWithoutPicture)}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={dismiss}>
              {m.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar
          className="report-status"
          intent="error"
          role="alert"
          data-testid="report-failed"
        >
          <MessageBarBody>{failureText(state, m)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={dismiss}>
              {m.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
