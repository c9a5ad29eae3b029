/** The request status of every requested indicator, as cards, filtered by state. */
import { Field, Select, Text } from "@fluentui/react-components";
import { REQUEST_STATES, type ProfileTracking, type RequestState } from "@gapmap/core";
import { useState } from "react";
import { useTrackingText } from "./messages";
import { shownStatuses } from "./request-status-edits";
import { StatusCard } from "./StatusCard";

function isRequestState(value: string): value is RequestState {
  return (REQUEST_STATES as readonly string[]).includes(value);
}

export function StatusList(props: {
  tracking: ProfileTracking | undefined;
  /** Indicator IDs in the profile's order. */
  order: readonly string[];
  recordTitles: ReadonlyMap<string, string>;
  onChange: (update: (tracking: ProfileTracking) => ProfileTracking) => void;
}) {
  const { tt, name } = useTrackingText();
  const [filter, setFilter] = useState<RequestState | "">("");
  const statuses = shownStatuses(props.tracking, props.order, filter);
  const any = (props.tracking?.requests.length ?? 0) > 0;
  return (
    <section className="stack" aria-label={tt("statusHeading")} data-testid="status-list">
      <div className="row tracking-list-head">
        <Text as="h2" size={400} weight="semibold" className="tracking-heading">
          {tt("statusHeading")}
        </Text>
        {any && (
          <Field label={tt("statusFilter")} size="small" orientation="horizontal">
            <Select
              size="small"
              data-testid="status-filter"
              value={filter}
              onChange={(_, d) => {
                setFilter(isRequestState(d.value) ? d.value : "");
              }}
            >
              <option value="">{tt("statusAll")}</option>
              {REQUEST_STATES.map((state) => (
                <option key={state} value={state}>
                  {name("requestState", state)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {!any && <Text className="muted">{tt("noStatus")}</Text>}
      <div className="card-list">
        {statuses.map((status) => (
          <StatusCard
            key={status.indicator}
            status={status}
            recordTitles={props.recordTitles}
            onChange={props.onChange}
          />
        ))}
      </div>
    </section>
  );
}
