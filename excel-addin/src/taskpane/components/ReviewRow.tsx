/** Accept, reject or re-map one table and say who produces it, how open it is and its definition. */
import { Badge, Button, Card, Field, Input, Select, Text } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { AccessLevel, TableReview } from "../model/review";
import type { FoundTable } from "../model/scan-sheets";
import { CatalogueSearch } from "./CatalogueSearch";
import { indicatorName } from "./TableCard";

const ACCESS_LABELS = {
  public: "accessPublic",
  "on-request": "accessOnRequest",
  restricted: "accessRestricted",
} as const satisfies Record<AccessLevel, string>;

const STATUS_COLOURS = { pending: "informative", accepted: "success", rejected: "danger" } as const;

export function ReviewRow(props: {
  found: FoundTable;
  review: TableReview;
  catalogue: Catalogue;
  onChange: (review: TableReview) => void;
}) {
  const { t } = useI18n();
  const { review, catalogue } = props;
  const set = (patch: Partial<TableReview>) => {
    props.onChange({ ...review, ...patch });
  };
  const indicator = catalogue.indicators.find((i) => i.id === review.indicators[0]);
  const concepts = catalogue.concepts.filter((c) => indicator?.concepts.includes(c.id));
  return (
    <Card data-testid="review-row" data-status={review.status}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: 6 }}>
        <Text weight="semibold">
          {props.found.sheet}!{props.found.table.range}
        </Text>
        <Badge color={STATUS_COLOURS[review.status]}>{t(review.status)}</Badge>
      </div>
      <Text>
        {t("remap")}:{" "}
        {review.indicators.length === 0
          ? t("noIndicatorGuess")
          : review.indicators.map((id) => indicatorName(catalogue, id)).join(", ")}
      </Text>
      <CatalogueSearch
        catalogue={catalogue}
        onPick={(id) => {
          const picked = catalogue.indicators.find((i) => i.id === id);
          set({ indicators: [id], concept: picked?.concepts[0] ?? "" });
        }}
      />
      <Field label={t("producer")}>
        <Input
          value={review.producer}
          onChange={(_, d) => {
            set({ producer: d.value });
          }}
        />
      </Field>
      <Field label={t("access")}>
        <Select
          value={review.access}
          onChange={(_, d) => {
            set({ access: d.value as AccessLevel });
          }}
        >
          {(Object.keys(ACCESS_LABELS) as AccessLevel[]).map((level) => (
            <option key={level} value={level}>
              {t(ACCESS_LABELS[level])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("definition")}>
        <Select
          value={review.concept}
          onChange={(_, d) => {
            set({ concept: d.value });
          }}
        >
          <option value="">{t("definitionUnknown")}</option>
          {concepts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div style={{ display: "flex", gap: 6 }}>
        <Button
          appearance="primary"
          disabled={review.indicators.length === 0}
          onClick={() => {
            set({ status: "accepted" });
          }}
        >
          {t("accept")}
        </Button>
        <Button
          onClick={() => {
            set({ status: "rejected" });
          }}
        >
          {t("reject")}
        </Button>
      </div>
    </Card>
  );
}
