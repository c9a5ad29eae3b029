/** Finds an indicator to add: search over the catalogue's names and synonyms in seven languages. */
import { getCatalogueIndex } from "@gapmap/catalog";
import { Button, Input, Text } from "@fluentui/react-components";
import { searchCatalogue } from "@gapmap/core";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n-context";

/** Hits offered at once; the best few are what a user scans. */
const MAX_HITS = 6;
/** Below this length a query matches too much to be useful. */
const MIN_QUERY_LENGTH = 2;

export function CatalogueSearch(props: { onPick: (id: string) => void }) {
  const { t, name } = useI18n();
  const [query, setQuery] = useState("");
  const hits = useMemo(
    () =>
      query.trim().length < MIN_QUERY_LENGTH
        ? []
        : searchCatalogue(getCatalogueIndex(), query, { limit: MAX_HITS }),
    [query],
  );
  return (
    <div className="stack" style={{ gap: 2 }}>
      <Input
        size="small"
        aria-label={t("searchCatalogue")}
        placeholder={t("searchShort")}
        title={t("searchCatalogue")}
        value={query}
        onChange={(_, data) => {
          setQuery(data.value);
        }}
      />
      {hits.map((hit) => (
        <div key={hit.id} className="row" style={{ gap: 4 }}>
          <Button
            size="small"
            appearance="subtle"
            data-testid="search-hit"
            onClick={() => {
              props.onPick(hit.id);
              setQuery("");
            }}
          >
            + {name("indicator", hit.id)}
          </Button>
          <Text size={100} className="muted">
            “{hit.matched.text}” ({hit.matched.lang})
          </Text>
        </div>
      ))}
    </div>
  );
}
