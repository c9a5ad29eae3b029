/**
 * The indicators a table carries: remove any, add another from the scan's other guesses (always
 * visible) or from a search of the catalogue in any language.
 */
import { Button, Text } from "@fluentui/react-components";
import type { Catalogue, ScanTable } from "@gapmap/core";
import { useI18n } from "../i18n-context";
import { CatalogueSearch } from "./CatalogueSearch";

/** Other guesses offered; the scan ranks them, the rest are a search away. */
const MAX_OTHER_GUESSES = 4;

export function IndicatorPicker(props: {
  catalogue: Catalogue;
  table: ScanTable;
  chosen: readonly string[];
  onChange: (indicators: string[]) => void;
}) {
  const { t, name, labelled } = useI18n();
  const others = [...props.table.indicators]
    .sort((a, b) => b.score - a.score)
    .filter((g) => !props.chosen.includes(g.id))
    .slice(0, MAX_OTHER_GUESSES);
  const add = (id: string) => {
    if (!props.chosen.includes(id)) props.onChange([...props.chosen, id]);
  };
  return (
    <div className="stack" style={{ gap: 4 }}>
      <Text size={200} weight="semibold">
        {t("indicators")}
      </Text>
      {props.chosen.length === 0 ? (
        <Text italic size={200}>
          {t("noIndicatorGuess")}
        </Text>
      ) : (
        <div className="row" data-testid="chosen-indicators">
          {props.chosen.map((id) => (
            <span key={id} className="chip" data-testid="indicator-chip">
              <span className="chip-text">{name("indicator", id)}</span>
              <Button
                size="small"
                appearance="transparent"
                aria-label={t("removeIndicator", { name: name("indicator", id) })}
                onClick={() => {
                  props.onChange(props.chosen.filter((x) => x !== id));
                }}
              >
                ×
              </Button>
            </span>
          ))}
        </div>
      )}
      {others.length > 0 && (
        <div className="row" data-testid="other-guesses">
          <Text size={200} className="muted">
            {labelled(t("otherGuesses"), "")}
          </Text>
          {others.map((g) => (
            <Button
              key={g.id}
              size="small"
              appearance="outline"
              data-testid="add-guess"
              aria-label={t("addIndicator", { name: name("indicator", g.id) })}
              onClick={() => {
                add(g.id);
              }}
            >
              + {name("indicator", g.id)} ({Math.round(g.score * 100)}%)
            </Button>
          ))}
        </div>
      )}
      <CatalogueSearch onPick={add} />
    </div>
  );
}
