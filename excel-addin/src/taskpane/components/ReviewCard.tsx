/**
 * One found table under review: title, place, a preview of its cells, the indicators it carries,
 * producer/access/definition, and the verdict. A decided table folds to one line with "Undo".
 */
import { Badge, Button, Text } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import { decide, tableDetails, type ReviewStatus, type TableReview } from "../model/review";
import { tableTitle, type FoundTable } from "../model/found-table";
import { CellPreview } from "./CellPreview";
import { DerivedFacts } from "./DerivedFacts";
import { IndicatorPicker } from "./IndicatorPicker";
import { ReviewFields } from "./ReviewFields";

export const STATUS_COLOURS = {
  pending: "informative",
  accepted: "success",
  rejected: "danger",
} as const satisfies Record<ReviewStatus, string>;

export function ReviewCard(props: {
  found: FoundTable;
  review: TableReview;
  catalogue: Catalogue;
  /** Two-pane mode: the preview is open and the card is never folded. */
  expanded: boolean;
  canShowInSheet: boolean;
  onShowInSheet: () => void;
  onChange: (review: TableReview) => void;
}) {
  const { t, name } = useI18n();
  const { review, found, catalogue } = props;
  const title = tableTitle(found);
  const folded = review.status !== "pending" && !props.expanded;
  const setIndicators = (indicators: string[]) => {
    // A table that had no indicator gets the catalogue's guesses for its first one.
    const details =
      review.indicators.length === 0 && indicators.length > 0
        ? tableDetails(found, catalogue, indicators[0])
        : {};
    props.onChange({ ...review, ...details, indicators });
  };
  return (
    <article className="item-card stack" data-testid="review-row" data-status={review.status}>
      <div className="item-card-head">
        <Text weight="semibold">{title}</Text>
        <Badge color={STATUS_COLOURS[review.status]}>{t(review.status)}</Badge>
      </div>
      <div className="row">
        <Text size={200} className="muted">
          {t("sheetRange", { sheet: found.sheet, range: found.table.range })}
        </Text>
        {props.canShowInSheet && (
          <Button size="small" appearance="subtle" onClick={props.onShowInSheet}>
            {t("showInSheet")}
          </Button>
        )}
      </div>
      <DerivedFacts table={found.table} />
      {folded ? (
        <Text size={200}>{review.indicators.map((id) => name("indicator", id)).join(", ")}</Text>
      ) : (
        <>
          {props.expanded ? (
            <CellPreview cells={found.preview} label={t("cellsOf", { table: title })} />
          ) : (
            <details>
              <summary>
                <Text size={200}>{t("preview")}</Text>
              </summary>
              <CellPreview cells={found.preview} label={t("cellsOf", { table: title })} />
            </details>
          )}
          <IndicatorPicker
            catalogue={catalogue}
            table={found.table}
            chosen={review.indicators}
            onChange={setIndicators}
          />
          <ReviewFields catalogue={catalogue} review={review} onChange={props.onChange} />
        </>
      )}
      <div className="row">
        {review.status !== "accepted" && (
          <Button
            appearance="primary"
            size="small"
            data-testid="accept"
            disabled={review.indicators.length === 0}
            onClick={() => {
              props.onChange(decide(review, "accepted"));
            }}
          >
            {t("accept")}
          </Button>
        )}
        {review.status !== "rejected" && (
          <Button
            size="small"
            data-testid="reject"
            onClick={() => {
              props.onChange(decide(review, "rejected"));
            }}
          >
            {t("reject")}
          </Button>
        )}
        {review.status !== "pending" && (
          <Button
            size="small"
            data-testid="back-to-review"
            onClick={() => {
              props.onChange(decide(review, "pending"));
            }}
          >
            {t("backToReview")}
          </Button>
        )}
      </div>
    </article>
  );
}
