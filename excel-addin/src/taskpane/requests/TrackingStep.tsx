/**
 * The shell's door to the TWG steps: "Data requests" and "Process" load on first use, so the
 * pane's first screen never waits for them (nor for the pack writer and reader they use).
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Host } from "../../host/host";
import type { Workflow } from "../use-workflow";

const RequestsStep = lazy(() =>
  import("./RequestsStep").then((m) => ({ default: m.RequestsStep })),
);
const ProcessView = lazy(() =>
  import("../process/ProcessView").then((m) => ({ default: m.ProcessView })),
);

export function TrackingStep(props: { step: "requests" | "process"; flow: Workflow; host: Host }) {
  return (
    <Suspense fallback={<Spinner size="small" data-testid="tracking-loading" />}>
      {props.step === "requests" ? (
        <RequestsStep flow={props.flow} host={props.host} />
      ) : (
        <ProcessView flow={props.flow} />
      )}
    </Suspense>
  );
}
