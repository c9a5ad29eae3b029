/**
 * The full gap matrix for a wide page: one row per indicator, a column per gap type, sortable by
 * the headers; a row opens its details beside the table by click or keyboard (Enter or Space).
 */
import { GAP_TYPES, type AssessmentRow } from "@gapmap/core";
import { Fragment } from "react";
import { useI18n } from "../i18n-context";
import { RowDetails } from "./RowDetails";
import type { ResultsSort } from "./results-view";
import { StatusLegend, StatusPill } from "./StatusPill";

export function MatrixTable(props: {
  rows: readonly AssessmentRow[];
  sort: ResultsSort;
  onSort: (sort: ResultsSort) => void;
  selected: string | undefined;
  /** Opens a row's details under it, or closes them when open. */
  onSelect: (indicator: string | undefined) => void;
}) {
  const { t, name } = useI18n();
  const header = (label: string, sort: ResultsSort) => (
    <th aria-sort={props.sort === sort ? "ascending" : "none"}>
      <button
        type="button"
        onClick={() => {
          props.onSort(sort);
        }}
      >
        {label}
        {props.sort === sort ? " ▲" : ""}
      </button>
    </th>
  );
  return (
    <>
      <StatusLegend />
      <table className="matrix-table" data-testid="gap-matrix">
        <colgroup>
          <col className="col-indicator" />
          <col className="col-section" />
          <col className="col-priority" />
          <col className="col-score" />
          {GAP_TYPES.map((type) => (
            <col key={type} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {header(t("indicator"), "name")}
            {header(t("section"), "section")}
            {header(t("priority"), "priority")}
            {header(t("score"), "score")}
            {GAP_TYPES.map((type) => (
              <th key={type} className="gap-column">
                <span>{name("gapType", type)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <Fragment key={row.indicator}>
              <tr
                tabIndex={0}
                aria-expanded={props.selected === row.indicator}
                data-testid="result-row"
                data-selected={props.selected === row.indicator ? "true" : "false"}
                onClick={() => {
                  props.onSelect(props.selected === row.indicator ? undefined : row.indicator);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") {
                    event.preventDefault();
                    props.onSelect(props.selected === row.indicator ? undefined : row.indicator);
                  }
                }}
              >
                <td>{name("indicator", row.indicator)}</td>
                <td>{name("section", row.section)}</td>
                <td>{name("priority", row.priority)}</td>
                <td>{Math.round(row.score)}</td>
                {GAP_TYPES.map((type) => {
                  const check = row.checks.find((c) => c.type === type);
                  return (
                    <td key={type}>{check && <StatusPill status={check.status} compact />}</td>
                  );
                })}
              </tr>
              {props.selected === row.indicator && (
                <tr className="details-row">
                  <td colSpan={4 + GAP_TYPES.length}>
                    <RowDetails row={row} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}
