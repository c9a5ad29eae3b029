/** The planned packs as cards: the agency, what it is asked for, and a Save button each. */
import { Button, Text } from "@fluentui/react-components";
import type { RequestPack } from "@gapmap/core";
import { useTrackingText } from "./messages";

export function PackList(props: {
  packs: readonly RequestPack[];
  busy: boolean;
  onSave: (pack: RequestPack) => void;
}) {
  const { tt, name } = useTrackingText();
  if (props.packs.length === 0)
    return (
      <Text block data-testid="no-packs">
        {tt("noPacks")}
      </Text>
    );
  return (
    <ul className="card-list" aria-label={tt("packsHeading", { count: props.packs.length })}>
      {props.packs.map((pack) => (
        <li key={pack.requestId} className="item-card stack" data-testid="pack-card">
          <div className="item-card-head">
            <Text weight="semibold">{pack.agency}</Text>
            <Button
              size="small"
              data-testid="save-pack"
              aria-label={tt("savePackLabel", { agency: pack.agency })}
              disabled={props.busy}
              onClick={() => {
                props.onSave(pack);
              }}
            >
              {tt("savePack")}
            </Button>
          </div>
          <details>
            <summary className="muted">{tt("packAsks", { count: pack.items.length })}</summary>
            <ul className="pack-items">
              {pack.items.map((item) => (
                <li key={item.indicator} data-testid="pack-item">
                  {name("indicator", item.indicator)}{" "}
                  <span className="muted">
                    ({name("priority", item.priority)}
                    {item.breakdowns.length > 0
                      ? ` · ${item.breakdowns.map((b) => name("dimension", b)).join(", ")}`
                      : ""}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
