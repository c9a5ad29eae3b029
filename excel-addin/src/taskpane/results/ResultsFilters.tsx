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
  const field = { size: "small" as const, style: { flex: "1 1 140px" } };
  return (
    <div className="row" data-testid="results-filters" style={{ alignItems: "flex-end" }}>
      <Field label={t("section")} {...field}>
        <Select
          size="small"
          data-testid="filter-section"
          value={filter.section}
          onChange={(_, d) => {
            props.onFilter({ ...filter, section: d.value as ResultsFilter["section"] });
          }}
        >
          <option value="">{t("all")}</option>
          {props.assessment.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {name("section", s.id)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("status")} {...field}>
        <Select
          size="small"
          data-testid="filter-status"
          value={filter.status}
          onChange={(_, d) => {
            props.onFilter({ ...filter, status: d.value as ResultsFilter["status"] });
          }}
        >
          <option value="">{t("all")}</option>
          {ELEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {name("elementStatus", s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("gapType")} {...field}>
        <Select
          size="small"
          data-testid="filter-gap-type"
          value={filter.gapType}
          onChange={(_, d) => {
            props.onFilter({ ...filter, gapType: d.value as ResultsFilter["gapType"] });
          }}
        >
          <option value="">{t("all")}</option>
          {GAP_TYPES.map((g) => (
            <option key={g} value={g}>
              {name("gapType", g)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("sortBy")} {...field}>
        <Select
          size="small"
          data-testid="sort"
          value={props.sort}
          onChange={(_, d) => {
            props.onSort(d.value as ResultsSort);
          }}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort_${s}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
