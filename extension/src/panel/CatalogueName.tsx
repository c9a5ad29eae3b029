/**
 * A catalogue name as the panel shows it: in its own language and direction, and marked "EN"
 * (with the reason on hover and focus) where the catalogue has no name in the panel's language.
 */
import { Badge, Tooltip } from "@fluentui/react-components";
import { Fragment } from "react";
import type { ShownName } from "../i18n/catalogue-names";
import { usePanelI18n } from "./i18n-context";

/** The "shown in English" mark. */
export function EnglishFallbackMark() {
  const { t } = usePanelI18n();
  return (
    <Tooltip content={t("englishFallback")} relationship="description">
      <Badge
        appearance="outline"
        size="small"
        color="warning"
        tabIndex={0}
        data-testid="english-fallback"
      >
        EN
      </Badge>
    </Tooltip>
  );
}

export function CatalogueName({ name }: { name: ShownName }) {
  return (
    <>
      <span lang={name.lang} dir="auto">
        {name.text}
      </span>
      {name.fallback && (
        <>
          {" "}
          <EnglishFallbackMark />
        </>
      )}
    </>
  );
}

/** Names in a line, separated by commas, each marked on its own. */
export function CatalogueNameList({ names }: { names: readonly ShownName[] }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={`${String(i)}-${name.text}`}>
          {i > 0 && ", "}
          <CatalogueName name={name} />
        </Fragment>
      ))}
    </>
  );
}
