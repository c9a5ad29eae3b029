/**
 * An element status in words and its traffic-light colour (the words carry the meaning). In the
 * wide matrix's narrow gap columns the pill is `compact`: a mark (✓ ◐ ✕) whose words are its
 * accessible name and sit in the legend above the table, because a long status ("Не выполнено")
 * would otherwise break mid-word there.
 */
import type { ElementStatus } from "@gapmap/core";
import { useI18n } from "../i18n-context";

export const STATUS_MARKS: Record<ElementStatus, string> = {
  met: "✓",
  "partly-met": "◐",
  "not-met": "✕",
};

export function StatusPill(props: { status: ElementStatus; compact?: boolean }) {
  const { name } = useI18n();
  const words = name("elementStatus", props.status);
  if (props.compact === true)
    return (
      <span
        className={`status-pill status-mark status-${props.status}`}
        role="img"
        aria-label={words}
        title={words}
      >
        {STATUS_MARKS[props.status]}
      </span>
    );
  return <span className={`status-pill status-${props.status}`}>{words}</span>;
}

/** The marks and their words, shown once above the matrix. */
export function StatusLegend() {
  const { name } = useI18n();
  const statuses = Object.keys(STATUS_MARKS) as ElementStatus[];
  return (
    <p className="status-legend" data-testid="status-legend">
      {statuses.map((status) => (
        <span key={status}>
          <span className={`status-pill status-mark status-${status}`} aria-hidden="true">
            {STATUS_MARKS[status]}
          </span>{" "}
          {name("elementStatus", status)}
        </span>
      ))}
    </p>
  );
}
