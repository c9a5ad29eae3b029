/** A card's "Edit" / "Close" button, named with the card's title for screen readers. */
import { Button } from "@fluentui/react-components";
import { useTrackingText } from "./messages";

export function EditToggle(props: {
  open: boolean;
  title: string;
  testId: string;
  onToggle: (open: boolean) => void;
}) {
  const { tt } = useTrackingText();
  const label = tt(props.open ? "close" : "edit");
  return (
    <Button
      size="small"
      appearance="subtle"
      aria-expanded={props.open}
      aria-label={`${label}: ${props.title}`}
      data-testid={props.testId}
      onClick={() => {
        props.onToggle(!props.open);
      }}
    >
      {label}
    </Button>
  );
}
