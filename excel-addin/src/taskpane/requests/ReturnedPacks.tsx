/**
 * Returned packs: a file input, and what each file gave: the tables read, which were only partly
 * filled, every change the agency made to the layout, and how availability changed; or why the
 * file was refused (nothing of it is imported then).
 */
import { Field, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { RequestPackErrorKind } from "@gapmap/core";
import { useTrackingText, type TrackingKey } from "./messages";
import type { AvailabilityChange, ReturnedPack } from "./returned-packs";

export interface ReturnedOutcome {
  pack: ReturnedPack;
  /** Availability changes the import made; undefined when nothing was imported. */
  changes?: AvailabilityChange[];
}

const REFUSALS: Readonly<Record<RequestPackErrorKind, TrackingKey>> = {
  "other-profile": "packOtherProfile",
  "bad-values": "packBadValues",
  "key-missing": "packKeyMissing",
  "key-invalid": "packKeyDamaged",
  unreadable: "packUnreadable",
};

function Outcome(props: { outcome: ReturnedOutcome }) {
  const { tt, name, language } = useTrackingText();
  const { pack, changes } = props.outcome;
  if (pack.status === "not-a-pack")
    return (
      <MessageBar intent="warning" data-testid="returned-outcome" data-status="not-a-pack">
        <MessageBarBody>{tt("notAPack", { file: pack.file })}</MessageBarBody>
      </MessageBar>
    );
  if (pack.status === "refused")
    return (
      <MessageBar intent="error" data-testid="returned-outcome" data-status={pack.kind}>
        <MessageBarBody>
          <Text block>{tt(REFUSALS[pack.kind], { file: pack.file })}</Text>
          {pack.kind !== "other-profile" && pack.kind !== "unreadable" && (
            // Core's own words for each problem (English): which sheet, which cell.
            <ul className="problem-list" lang="en">
              {pack.problems.slice(0, 8).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
              {pack.problems.length > 8 && <li>…</li>}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  const { reading, records } = pack;
  const filled = reading.tables.filter((table) => table.filledCells > 0);
  const date = reading.returnedOn ?? "—";
  return (
    <MessageBar
      intent={records.length === 0 ? "warning" : "success"}
      data-testid="returned-outcome"
      data-status="read"
    >
      <MessageBarBody>
        <Text block>
          {records.length === 0
            ? tt("returnedEmpty", { file: pack.file })
            : tt("returnedRead", {
                file: pack.file,
                tables: new Intl.NumberFormat(language).format(filled.length),
                agency: reading.agency,
                date,
              })}
        </Text>
        <ul className="problem-list">
          {filled
            .filter((table) => table.emptyCells > 0)
            .map((table) => (
              <li key={`p-${table.indicator}`} data-testid="returned-partial">
                {tt("partial", {
                  indicator: name("indicator", table.indicator),
                  filled: table.filledCells,
                  cells: table.filledCells + table.emptyCells,
                })}
              </li>
            ))}
          {reading.warnings.map((warning) => (
            <li key={`w-${warning}`} data-testid="returned-warning" lang="en">
              {tt("packCheck", { warning })}
            </li>
          ))}
          {reading.tables.flatMap((table) =>
            table.changes.map((change) => (
              <li key={`c-${table.indicator}-${change}`} data-testid="returned-change" lang="en">
                {`${name("indicator", table.indicator)}: ${tt("layoutChanged", { change })}`}
              </li>
            )),
          )}
          {changes?.map((change) => (
            <li key={`a-${change.indicator}`} data-testid="availability-change">
              {tt("availabilityChanged", {
                indicator: name("indicator", change.indicator),
                before: name("availability", change.before),
                after: name("availability", change.after),
              })}
            </li>
          ))}
          {changes?.length === 0 && records.length > 0 && <li>{tt("noAvailabilityChange")}</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function ReturnedPacks(props: {
  busy: boolean;
  outcomes: readonly ReturnedOutcome[];
  onFiles: (files: File[]) => void;
}) {
  const { tt } = useTrackingText();
  return (
    <section className="stack" aria-label={tt("returnedHeading")}>
      <Text as="h2" size={400} weight="semibold" className="tracking-heading">
        {tt("returnedHeading")}
      </Text>
      <Field label={tt("openReturned")}>
        <input
          data-testid="returned-input"
          type="file"
          multiple
          accept=".xlsx,.ods"
          disabled={props.busy}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            if (files.length > 0) props.onFiles(files);
            event.currentTarget.value = "";
          }}
        />
      </Field>
      {props.outcomes.map((outcome, i) => (
        <Outcome key={`${outcome.pack.file}-${String(i)}`} outcome={outcome} />
      ))}
    </section>
  );
}
