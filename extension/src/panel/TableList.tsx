/** The data tables read on this page, each named as a reader would name it (never a selector). */
import { Badge, Text } from "@fluentui/react-components";
import { breakdownList, indicatorName } from "../i18n/catalogue-names";
import type { PageTable } from "../platform/messages";
import { CatalogueNameList } from "./CatalogueName";
import { usePanelI18n } from "./i18n-context";
import { usePanelStyles } from "./styles";

function yearSpan(years: readonly number[]): string | undefined {
  return years.length > 0 ? `${years[0]}–${years.at(-1)}` : undefined;
}

export function TableList({ tables }: { tables: readonly PageTable[] }) {
  const { t, language } = usePanelI18n();
  const styles = usePanelStyles();
  if (tables.length === 0) return <Text className={styles.muted}>{t("noTables")}</Text>;
  return (
    <ul className={styles.list} aria-label={t("sectionTables", { count: tables.length })}>
      {tables.map((table, i) => {
        const names = table.indicatorIds.map((id) => indicatorName(id, language));
        return (
          <li
            key={table.selector}
            className={styles.item}
            data-source={table.source}
            data-name-source={table.nameSource}
          >
            <Text weight="semibold" dir="auto">
              {table.name || t("tableNumber", { n: i + 1 })}
            </Text>
            <Text size={200}>
              {[
                yearSpan(table.years) ?? t("noYears"),
                table.breakdowns.length > 0
                  ? t("byBreakdowns", { list: breakdownList(table.breakdowns, language) })
                  : undefined,
              ]
                .filter((part) => part !== undefined)
                .join(" · ")}
              {table.source === "script" && (
                <>
                  {" "}
                  <Badge appearance="outline" size="small">
                    {t("chartData")}
                  </Badge>
                </>
              )}
            </Text>
            <Text size={200} className={styles.muted}>
              {names.length > 0 ? <CatalogueNameList names={names} /> : t("noIndicatorRecognised")}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
