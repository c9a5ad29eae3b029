/** The steps as a compact header: numbers always, the current step's name (all when wide). */
import type { MessageKey } from "../../i18n/index";
import { useI18n } from "../i18n-context";
import type { Step } from "../use-workflow";

const STEPS: readonly (readonly [Step, MessageKey])[] = [
  ["scan", "stepScan"],
  ["review", "stepReview"],
  ["needs", "stepNeeds"],
  ["gaps", "stepGaps"],
  ["requests", "stepRequests"],
  ["process", "stepProcess"],
];

export function StepHeader(props: {
  step: Step;
  enabled: (step: Step) => boolean;
  onStep: (step: Step) => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="steps" aria-label={t("steps")}>
      {STEPS.map(([step, label], index) => (
        <button
          key={step}
          type="button"
          className="step"
          data-testid={`step-${step}`}
          aria-current={props.step === step ? "step" : undefined}
          aria-label={`${index + 1}. ${t(label)}`}
          title={t(label)}
          disabled={!props.enabled(step)}
          onClick={() => {
            props.onStep(step);
          }}
        >
          <span className="step-number">{index + 1}</span>
          <span className="step-label">{t(label)}</span>
        </button>
      ))}
    </nav>
  );
}
