/** An element status in words and its traffic-light colour (the words carry the meaning). */
import type { ElementStatus } from "@gapmap/core";
import { useI18n } from "../i18n-context";

export function StatusPill(props: { status: ElementStatus }) {
  const { name } = useI18n();
  return (
    <span className={`status-pill status-${props.status}`}>
      {name("elementStatus", props.status)}
    </span>
  );
}
