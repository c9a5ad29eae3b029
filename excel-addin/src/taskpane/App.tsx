/** The task pane: four steps under a compact header, the same in Excel and as a web page. */
import {
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Spinner,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import type { AssessmentRow, ElementCheck, PlannedAction } from "@gapmap/core";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { Host } from "../host/host";
import { initialLanguage, saveLanguage, type UiLanguage } from "../i18n/index";
import { ErrorBar } from "./components/ErrorBar";
import { LanguagePicker } from "./components/LanguagePicker";
import { ReplaceDialog } from "./components/ReplaceDialog";
import { ScanStep } from "./components/ScanStep";
import { SessionBar } from "./components/SessionBar";
import { StepHeader } from "./components/StepHeader";
import { TrackingStep } from "./requests/TrackingStep";
import type { NameKind } from "./display-names";
import { I18nContext, i18nFor } from "./i18n-context";
import { describeFailure, describeWarning } from "./model/user-messages";
import "./taskpane.css";
import { useWorkflow, type Step } from "./use-workflow";

// Steps after the scan come with the engine, after the first paint (the picker does not wait).
const ReviewStep = lazy(() =>
  import("./components/ReviewStep").then((m) => ({ default: m.ReviewStep })),
);
const NeedsStep = lazy(() =>
  import("./components/NeedsStep").then((m) => ({ default: m.NeedsStep })),
);
const ImportInventories = lazy(() =>
  import("./components/ImportInventories").then((m) => ({ default: m.ImportInventories })),
);
const ResultsStep = lazy(() =>
  import("./results/ResultsStep").then((m) => ({ default: m.ResultsStep })),
);
const ReportAction = lazy(() =>
  import("./report/ReportAction").then((m) => ({ default: m.ReportAction })),
);

function languageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function App(props: { host: Host; initialLanguage: UiLanguage }) {
  // Office's (or the browser's) display language, unless the user chose another one before.
  const [language, setLanguageState] = useState(() =>
    initialLanguage(props.initialLanguage, languageStorage()),
  );
  const flow = useWorkflow(props.host);
  const { catalogue } = flow;
  const { shownName } = flow.engine ?? {};
  const name = useCallback(
    (kind: NameKind, id: string) =>
      catalogue && shownName ? shownName(catalogue, kind, id, language).text : id,
    [catalogue, shownName, language],
  );
  const { gapDetailText, actionTexts } = flow.engine ?? {};
  const { assessment } = flow;
  const content = useMemo(
    () =>
      catalogue && gapDetailText && actionTexts && assessment
        ? {
            detail: (check: ElementCheck) => gapDetailText(check, language, catalogue),
            action: (row: AssessmentRow, action: PlannedAction) =>
              actionTexts(catalogue, assessment, row, action, language),
          }
        : undefined,
    [catalogue, gapDetailText, actionTexts, assessment, language],
  );
  const i18n = useMemo(() => i18nFor(language, name, content), [language, name, content]);
  const { t } = i18n;
  const [written, setWritten] = useState<string[]>();

  const setLanguage = (next: UiLanguage) => {
    setLanguageState(next);
    saveLanguage(next, languageStorage());
    document.documentElement.lang = next;
  };

  const write = (replace: boolean) =>
    flow.act(async () => {
      const writeSheets = props.host.writeSheets;
      if (flow.assessment === undefined || writeSheets === undefined) return;
      setWritten(undefined);
      const { assessmentSheets } = await import("./model/assessment-sheets");
      // The Action plan gets request-status columns once the TWG tracks requests (issue 14).
      const tracking = flow.tracking?.requests.length === 0 ? undefined : flow.tracking;
      const result = await writeSheets(assessmentSheets(flow.assessment, tracking), replace);
      if (result.status === "needs-confirmation") flow.setPendingReplace(result.existing);
      else if (result.status === "name-taken")
        flow.fail(t("nameTaken", { sheets: result.names.join(", ") }));
      else setWritten(result.sheets);
    });

  const goToSheet = (row: AssessmentRow) =>
    flow.act(async () => {
      const { matrixRowRange } = await import("./model/matrix-row");
      const target = flow.assessment && matrixRowRange(flow.assessment, row);
      if (target !== undefined) await props.host.showRange(target.sheet, target.address);
    });

  const canRun = flow.merge.inventory.records.length > 0;
  const enabled = (step: Step) =>
    step === "review"
      ? flow.found !== undefined
      : step === "gaps" || step === "requests"
        ? flow.assessment !== undefined
        : step === "process"
          ? flow.profileInUse !== undefined
          : true;
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <main className="pane" lang={language}>
          <header className="pane-header">
            <Text as="h1" size={300} weight="semibold" className="pane-title">
              {t("appTitle")}
            </Text>
            <LanguagePicker onChange={setLanguage} />
          </header>
          <StepHeader step={flow.step} enabled={enabled} onStep={flow.setStep} />
          {flow.session.startupProblem !== undefined && (
            <MessageBar intent="error" role="alert" data-testid="startup-problem">
              <MessageBarBody>{flow.session.startupProblem}</MessageBarBody>
            </MessageBar>
          )}
          <SessionBar session={flow.session} store={props.host.stateStore} />
          {flow.error !== undefined && (
            <ErrorBar
              message={describeFailure(flow.error.cause, t, flow.error.file)}
              onDismiss={flow.clearError}
            />
          )}
          {flow.problem !== undefined && <ErrorBar message={flow.problem} onDismiss={() => {}} />}
          {flow.warnings !== undefined && (
            <MessageBar intent="warning" data-testid="scan-warnings">
              <MessageBarBody>
                {[
                  ...new Set(
                    flow.warnings.warnings.map((w) =>
                      describeWarning(w, t, flow.warnings?.file ?? ""),
                    ),
                  ),
                ].join(" ")}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={flow.clearWarnings}>
                  {t("dismiss")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {(flow.exportRoute === "new-workbook" || flow.exportRoute === "browser") && (
            <MessageBar intent="info" data-testid="export-route">
              <MessageBarBody>
                {t(
                  flow.exportRoute === "new-workbook"
                    ? "exportOpenedAsWorkbook"
                    : "exportOpenedInBrowser",
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {written !== undefined && (
            <MessageBar intent="success">
              <MessageBarBody>{t("written", { sheets: written.join(", ") })}</MessageBarBody>
            </MessageBar>
          )}
          {flow.step === "scan" && (
            <ScanStep
              hostKind={props.host.kind}
              busy={flow.busy || flow.session.startupProblem !== undefined}
              progress={flow.progress}
              found={flow.found}
              parsedIn={flow.parsedIn}
              highlighted={flow.highlighted}
              onScan={(file) => void flow.scan(file)}
              onCancel={flow.cancelScan}
              onShow={(item) => void flow.show(item)}
              onNext={() => {
                flow.setStep("review");
              }}
            />
          )}
          <Suspense fallback={<Spinner size="small" data-testid="step-loading" />}>
            {flow.step !== "scan" && catalogue === undefined && (
              <Spinner size="small" data-testid="step-loading" />
            )}
            {flow.step === "review" && flow.found && catalogue && (
              <ReviewStep
                catalogue={catalogue}
                found={flow.found}
                reviews={flow.reviews}
                canShowInSheet={props.host.kind === "office"}
                canUndo={flow.canUndoReview}
                onChange={flow.review}
                onChangeMany={flow.reviewMany}
                onUndo={flow.undoReview}
                onShowInSheet={(item) => void flow.show(item)}
                onNext={() => {
                  flow.setStep("needs");
                }}
              />
            )}
            {flow.step === "needs" && catalogue && (
              <>
                <ImportInventories
                  merge={flow.merge}
                  importedFiles={flow.importedFiles}
                  onFiles={(files) => void flow.importFiles(files)}
                />
                <Text data-testid="record-count">
                  {i18n.labelled(t("recordsInAnalysis"), flow.merge.inventory.records.length)}
                </Text>
                <NeedsStep
                  catalogue={catalogue}
                  choice={flow.choice}
                  profile={flow.profile}
                  onChoice={flow.setChoice}
                  canRun={canRun}
                  onRun={() => void flow.analyse()}
                />
              </>
            )}
            {flow.step === "gaps" && flow.assessment && (
              <ResultsStep
                assessment={flow.assessment}
                canWrite={props.host.writeSheets !== undefined}
                busy={flow.busy}
                onWrite={() => void write(false)}
                onExport={(format) => void flow.exportAs(format)}
                onGoToSheet={
                  props.host.kind === "office" && written !== undefined
                    ? (row) => void goToSheet(row)
                    : undefined
                }
                report={
                  catalogue && (
                    <Suspense fallback={null}>
                      <ReportAction
                        host={props.host}
                        assessment={flow.assessment}
                        inventory={flow.merge.inventory}
                        tracking={flow.tracking}
                        catalogue={catalogue}
                        workbook={flow.fileName}
                        preset={flow.choice.presetId}
                        busy={flow.busy}
                      />
                    </Suspense>
                  )
                }
              />
            )}
            {(flow.step === "requests" || flow.step === "process") && catalogue && (
              <TrackingStep step={flow.step} flow={flow} host={props.host} />
            )}
          </Suspense>
          {flow.pendingReplace && (
            <ReplaceDialog
              sheets={flow.pendingReplace}
              onReplace={() => {
                flow.setPendingReplace(undefined);
                void write(true);
              }}
              onCancel={() => {
                flow.setPendingReplace(undefined);
              }}
            />
          )}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
