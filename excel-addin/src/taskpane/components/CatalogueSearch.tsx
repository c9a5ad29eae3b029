/** Re-maps a table: fuzzy search over the catalogue's names and synonyms in seven languages. */
import { getCatalogueIndex } from "@gapmap/catalog";
import { Button, Input, Text } from "@fluentui/react-components";
import { searchCatalogue, type Catalogue } from "@gapmap/core";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n-context";
import { indicatorName } from "./TableCard";

/** Hits offered at once; the best few are what a user scans. */
const MAX_HITS = 6;
/** Below this length a query matches too much to be useful. */
const MIN_QUERY_LENGTH = 2;

export function CatalogueSearch(props: { catalogue: Catalogue; onPick: (id: string) => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const hits = useMemo(
    () =>
      query.trim().length < MIN_QUERY_LENGTH
        ? []
        : searchCatalogue(getCatalogueIndex(), query, { limit: MAX_HITS }),
    [query],
  );
  return (
    <div>
      <Input
        aria-label={t("searchCatalogue")}
        placeholder={t("searchCatalogue")}
        value={query}
        onChange={(_, data) => {
          setQuery(data.value);
        }}
      />
      {hits.map((hit) => (
        <div key={hit.id} style={{ display: "flex", gap: 6, alignItems: "center" }}>
          <Button
            size="small"
            appearance="subtle"
            data-testid="search-hit"
            onClick={() => {
              props.onPick(hit.id);
              setQuery("");
            }}
          >
            {indicatorName(props.catalogue, hit.id)}
          </Button>
          <Text size={100}>
            “{hit.matched.text}” ({hit.matched.lang})
          </Text>
        </div>
      ))}
    </div>
  );
}
