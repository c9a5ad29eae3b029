/**
 * Step 2: a card per found table. Bulk accept above a confidence threshold, undo of any decision
 * (one at a time, bulk accepts as one), and at 800 px and more a list beside the chosen table.
 */
import { Badge, Button, Select, Text } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import { useState } from "react";
import { useI18n } from "../i18n-context";
import { decide, type ReviewStatus, type TableReview } from "../model/review";
import { confidencePercent, tableTitle, type FoundTable } from "../model/found-table";
import { useWide } from "../use-wide";
import { ReviewCard, STATUS_COLOURS } from "./ReviewCard";
import { StickyActions } from "./StickyActions";

/** Thresholds offered for "accept all": strict, the default, and lenient. */
const THRESHOLDS = [90, 75, 50] as const;
const DEFAULT_THRESHOLD = 75;

export function ReviewStep(props: {
  catalogue: Catalogue;
  found: readonly FoundTable[];
  reviews: ReadonlyMap<string, TableReview>;
  canShowInSheet: boolean;
  canUndo: boolean;
  onChange: (key: string, review: TableReview) => void;
  onChangeMany: (changes: [string, TableReview][]) => void;
  onUndo: () => void;
  onShowInSheet: (found: FoundTable) => void;
  onNext: () => void;
}) {
  const { t, labelled } = useI18n();
  const wide = useWide();
  const [threshold, setThreshold] = useState<number>(DEFAULT_THRESHOLD);
  const [selected, setSelected] = useState(props.found[0]?.key);
  const count = (status: ReviewStatus) =>
    [...props.reviews.values()].filter((r) => r.status === status).length;
  const acceptAbove = () => {
    const changes: [string, TableReview][] = [];
    for (const item of props.found) {
      const review = props.reviews.get(item.key);
      if (
        review?.status === "pending" &&
        review.indicators.length > 0 &&
        confidencePercent(item.table) >= threshold
      )
        changes.push([item.key, decide(review, "accepted")]);
    }
    props.onChangeMany(changes);
  };
  const card = (item: FoundTable, expanded: boolean) => {
    const review = props.reviews.get(item.key);
    return review === undefined ? null : (
      <ReviewCard
        found={item}
        review={review}
        catalogue={props.catalogue}
        expanded={expanded}
        canShowInSheet={props.canShowInSheet}
        onShowInSheet={() => {
          props.onShowInSheet(item);
        }}
        onChange={(next) => {
          props.onChange(item.key, next);
        }}
      />
    );
  };
  const chosen = props.found.find((f) => f.key === selected) ?? props.found[0];
  return (
    <section className="stack">
      <div className="row" data-testid="review-counts">
        <Text data-testid="accepted-count">{labelled(t("countAccepted"), count("accepted"))}</Text>
        <Text>· {labelled(t("countRejected"), count("rejected"))}</Text>
        <Text>· {labelled(t("countPending"), count("pending"))}</Text>
      </div>
      <div className="row">
        <Select
          size="small"
          aria-label={t("threshold")}
          data-testid="threshold"
          value={String(threshold)}
          onChange={(_, d) => {
            setThreshold(Number(d.value));
          }}
        >
          {THRESHOLDS.map((value) => (
            <option key={value} value={value}>
              {t("atLeastPercent", { percent: value })}
            </option>
          ))}
        </Select>
        <Button size="small" onClick={acceptAbove} data-testid="accept-above">
          {t("acceptAbove")}
        </Button>
      </div>
      {wide ? (
        <div className="two-pane">
          <ul className="card-list" aria-label={t("stepReview")}>
            {props.found.map((item) => {
              const status = props.reviews.get(item.key)?.status ?? "pending";
              return (
                <li key={item.key}>
                  <button
                    type="button"
                    className="item-card"
                    style={{ width: "100%", textAlign: "start", cursor: "pointer" }}
                    aria-pressed={chosen?.key === item.key}
                    data-highlighted={chosen?.key === item.key ? "true" : "false"}
                    onClick={() => {
                      setSelected(item.key);
                    }}
                  >
                    <span className="item-card-head">
                      <Text weight="semibold">{tableTitle(item)}</Text>
                      <Badge color={STATUS_COLOURS[status]}>{t(status)}</Badge>
                    </span>
                    <Text size={200} className="muted">
                      {t("sheetRange", { sheet: item.sheet, range: item.table.range })}
                    </Text>
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="detail">{chosen && card(chosen, true)}</div>
        </div>
      ) : (
        <ul className="card-list">
          {props.found.map((item) => (
            <li key={item.key}>{card(item, false)}</li>
          ))}
        </ul>
      )}
      <StickyActions>
        <Button appearance="primary" onClick={props.onNext} data-testid="go-needs">
          {t("nextNeeds")}
        </Button>
        <Button disabled={!props.canUndo} onClick={props.onUndo} data-testid="undo">
          {t("undo")}
        </Button>
      </StickyActions>
    </section>
  );
}
