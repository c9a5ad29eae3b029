/** Step 2: a review row per found table, plus "accept all" for tables that have a guess. */
import { Button, Text } from "@fluentui/react-components";
import type { Catalogue } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import type { TableReview } from "../model/review";
import type { FoundTable } from "../model/scan-sheets";
import { ReviewRow } from "./ReviewRow";

export function ReviewStep(props: {
  catalogue: Catalogue;
  found: readonly FoundTable[];
  reviews: ReadonlyMap<string, TableReview>;
  onChange: (key: string, review: TableReview) => void;
}) {
  const { t } = useI18n();
  const accepted = [...props.reviews.values()].filter((r) => r.status === "accepted").length;
  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <Button
          onClick={() => {
            for (const [key, review] of props.reviews) {
              if (review.status === "pending" && review.indicators.length > 0)
                props.onChange(key, { ...review, status: "accepted" });
            }
          }}
        >
          {t("acceptAll")}
        </Button>
        <Text data-testid="accepted-count">{t("acceptedCount", { count: accepted })}</Text>
      </div>
      {props.found.map((item) => {
        const review = props.reviews.get(item.key);
        return review === undefined ? null : (
          <ReviewRow
            key={item.key}
            found={item}
            review={review}
            catalogue={props.catalogue}
            onChange={(next) => {
              props.onChange(item.key, next);
            }}
          />
        );
      })}
    </section>
  );
}
