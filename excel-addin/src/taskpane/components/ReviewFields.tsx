/** Producer, access and definition of a table's data; prefilled values are marked as guesses. */
import { Badge, Field, Input, Select } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import type { JSX } from "react";
import { useI18n } from "../i18n-context";
import { edit, type AccessLevel, type GuessedField, type TableReview } from "../model/review";

const ACCESS_LABELS = {
  public: "accessPublic",
  "on-request": "accessOnRequest",
  restricted: "accessRestricted",
} as const satisfies Record<AccessLevel, string>;

export function ReviewFields(props: {
  catalogue: Catalogue;
  review: TableReview;
  onChange: (review: TableReview) => void;
}) {
  const { t, name } = useI18n();
  const { review, catalogue } = props;
  const guessed = new Set(review.guessed ?? []);
  const label = (text: string, field: GuessedField): JSX.Element | string =>
    guessed.has(field) ? (
      <span className="row" style={{ gap: 4 }}>
        {text}
        <Badge size="small" appearance="tint" color="warning" title={t("guessHint")}>
          {t("guess")}
        </Badge>
      </span>
    ) : (
      text
    );
  const set = (patch: Partial<Pick<TableReview, GuessedField>>) => {
    props.onChange(edit(review, patch));
  };
  const concepts = catalogue.concepts.filter((c) =>
    review.indicators.some((id) =>
      catalogue.indicators.find((i) => i.id === id)?.concepts.includes(c.id),
    ),
  );
  return (
    <>
      <Field label={label(t("producer"), "producer")} size="small">
        <Input
          size="small"
          value={review.producer}
          onChange={(_, d) => {
            set({ producer: d.value });
          }}
        />
      </Field>
      <Field label={label(t("access"), "access")} size="small">
        <Select
          size="small"
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
      <Field label={label(t("definition"), "concept")} size="small">
        <Select
          size="small"
          value={review.concept}
          onChange={(_, d) => {
            set({ concept: d.value });
          }}
        >
          <option value="">{t("definitionUnknown")}</option>
          {concepts.map((c) => (
            <option key={c.id} value={c.id}>
              {name("concept", c.id)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
