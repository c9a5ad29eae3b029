/** The task pane: four steps in tabs, the same in Excel and as a web page. */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Host } from "../host/host";
import { translator, type UiLanguage } from "../i18n/index";
import { ErrorBar } from "./components/ErrorBar";
import { GapStep } from "./components/GapStep";
import { ImportInventories } from "./components/ImportInventories";
import { LanguagePicker } from "./components/LanguagePicker";
import { NeedsStep } from "./components/NeedsStep";
import { ReplaceDialog } from "./components/ReplaceDialog";
import { ReviewStep } from "./components/ReviewStep";
import { ScanStep } from "./components/ScanStep";
import { SessionBar } from "./components/SessionBar";
import { I18nContext } from "./i18n-context";
import { assessmentSheets } from "./model/assessment-sheets";
import { useWorkflow, type Step } from "./use-workflow";

export function App(props: { host: Host; initialLanguage: UiLanguage }) {
  const [language, setLanguage] = useState(props.initialLanguage);
  const i18n = useMemo(() => ({ language, t: translator(language) }), [language]);
  const { t } = i18n;
  const flow = useWorkflow(props.host);
  const [written, setWritten] = useState<string>();

  const write = (replace: boolean) =>
    flow.act(async () => {
      const writeSheets = props.host.writeSheets;
      if (flow.assessment === undefined || writeSheets === undefined) return;
      setWritten(undefined);
      const result = await writeSheets(assessmentSheets(flow.assessment), replace);
      if (result.status === "needs-confirmation") flow.setPendingReplace(result.existing);
      else if (result.status === "name-taken")
        throw new Error(t("nameTaken", { sheets: result.names.join(", ") }));
      else setWritten(t("written", { sheets: result.sheets.join(", ") }));
    });

  const canRun = flow.merge.inventory.records.length > 0;
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <main style={{ padding: 10, display: "flex", flexDirection: "column", gap: 8 }}>
          <header style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
            <Text as="h1" size={400} weight="semibold">
              {t("appTitle")}
            </Text>
            <LanguagePicker onChange={setLanguage} />
          </header>
          <TabList
            selectedValue={flow.step}
            onTabSelect={(_, d) => {
              flow.setStep(d.value as Step);
            }}
            size="small"
          >
            <Tab value="scan">{t("stepScan")}</Tab>
            <Tab value="review" disabled={flow.found === undefined}>
              {t("stepReview")}
            </Tab>
            <Tab value="needs">{t("stepNeeds")}</Tab>
            <Tab value="gaps" disabled={flow.assessment === undefined}>
              {t("stepGaps")}
            </Tab>
          </TabList>
          {flow.session.startupProblem !== undefined && (
            <MessageBar intent="error" role="alert" data-testid="startup-problem">
              <MessageBarBody>{flow.session.startupProblem}</MessageBarBody>
            </MessageBar>
          )}
          <SessionBar session={flow.session} store={props.host.stateStore} />
          {flow.error !== undefined && (
            <ErrorBar message={flow.error} onDismiss={flow.clearError} />
          )}
          {flow.problem !== undefined && <ErrorBar message={flow.problem} onDismiss={() => {}} />}
          {flow.notice !== undefined && (
            <MessageBar intent="warning">
              <MessageBarBody>{flow.notice}</MessageBarBody>
            </MessageBar>
          )}
          {written !== undefined && (
            <MessageBar intent="success">
              <MessageBarBody>{written}</MessageBarBody>
            </MessageBar>
          )}
          {flow.step === "scan" && (
            <ScanStep
              hostKind={props.host.kind}
              catalogue={flow.catalogue}
              busy={flow.busy || flow.session.startupProblem !== undefined}
              progress={flow.progress}
              found={flow.found}
              parsedIn={flow.parsedIn}
              highlighted={flow.highlighted}
              onScan={(file) => void flow.scan(file)}
              onShow={(item) => void flow.show(item)}
            />
          )}
          {flow.step === "review" && flow.found && (
            <ReviewStep
              catalogue={flow.catalogue}
              found={flow.found}
              reviews={flow.reviews}
              onChange={flow.review}
            />
          )}
          {flow.step === "needs" && (
            <>
              <ImportInventories
                merge={flow.merge}
                importedFiles={flow.importedFiles}
                onFiles={(files) => void flow.importFiles(files)}
              />
              <Text data-testid="record-count">
                {t("recordsInAnalysis", { count: flow.merge.inventory.records.length })}
              </Text>
              <NeedsStep
                catalogue={flow.catalogue}
                choice={flow.choice}
                profile={flow.profile}
                onChoice={flow.setChoice}
                canRun={canRun}
                onRun={() => void flow.analyse()}
              />
            </>
          )}
          {flow.step === "gaps" && flow.assessment && (
            <GapStep
              assessment={flow.assessment}
              canWrite={props.host.writeSheets !== undefined}
              busy={flow.busy}
              onWrite={() => void write(false)}
              onExport={(format) => void flow.exportAs(format)}
            />
          )}
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
