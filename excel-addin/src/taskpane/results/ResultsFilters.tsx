/** Filters (section, status, gap type) and the order of the results. */
import { Field, Select } from "@fluentui/react-components";
import { ELEMENT_STATUSES, GAP_TYPES, type Assessment } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { ResultsFilter, ResultsSort } from "./results-view";

const SORTS: readonly ResultsSort[] = ["score", "priority", "name", "section"];

export function ResultsFilters(props: {
  assessment: Assessment;
  filter: ResultsFilter;
  sort: ResultsSort;
  onFilter: (filter: ResultsFilter) => void;
  onSort: (sort: ResultsSort) => void;
}) {
  const { t, name } = useI18n();
  const { filter } = props;
  const select = (
    label: string,
    testId: string,
    value: string,
    options: readonly (readonly [string, string])[],
    onChange: (value: string) => void,
  ) => (
    <Field label={label} size="small" style={{ flex: "1 1 140px" }}>
      <Select
        size="small"
        data-testid={testId}
        value={value}
        onChange={(_, d) => {
          onChange(d.value);
        }}
      >
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
  const all = ["", t("all")] as const;
  return (
    <div className="row" data-testid="results-filters" style={{ alignItems: "flex-end" }}>
      {select(
        t("section"),
        "filter-section",
        filter.section,
        [all, ...props.assessment.sections.map((s) => [s.id, name("section", s.id)] as const)],
        (value) => {
          props.onFilter({ ...filter, section: value as ResultsFilter["section"] });
        },
      )}
      {select(
        t("status"),
        "filter-status",
        filter.status,
        [all, ...ELEMENT_STATUSES.map((s) => [s, name("elementStatus", s)] as const)],
        (value) => {
          props.onFilter({ ...filter, status: value as ResultsFilter["status"] });
        },
      )}
      {select(
        t("gapType"),
        "filter-gap-type",
        filter.gapType,
        [all, ...GAP_TYPES.map((g) => [g, name("gapType", g)] as const)],
        (value) => {
          props.onFilter({ ...filter, gapType: value as ResultsFilter["gapType"] });
        },
      )}
      {select(
        t("sortBy"),
        "sort",
        props.sort,
        SORTS.map((s) => [s, t(`sort_${s}`)] as const),
        (value) => {
          props.onSort(value as ResultsSort);
        },
      )}
    </div>
  );
}
