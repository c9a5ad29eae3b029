/** A step's main actions, kept in view at the bottom of the pane however long the step is. */
import type { ReactNode } from "react";

export function StickyActions(props: { children: ReactNode; testId?: string }) {
  return (
    <div className="sticky-actions" data-testid={props.testId}>
      {props.children}
    </div>
  );
}
