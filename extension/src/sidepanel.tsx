/** The side panel's entry: the UI language (stored choice, else the browser's), then the app. */
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { useEffect, useState } from "react";
import type { UiLanguage } from "./i18n/index";
import { App } from "./panel/App";
import { provideCatalogue } from "./platform/catalogue";
import { loadUiLanguage } from "./platform/ui-language";

provideCatalogue({ findIndicator, getCatalogue, getCatalogueIndex });

function SidePanel() {
  const [language, setLanguage] = useState<UiLanguage>();
  useEffect(() => {
    loadUiLanguage().then(setLanguage, () => {
      setLanguage("en");
    });
  }, []);
  return language === undefined ? null : <App initialLanguage={language} />;
}

export default SidePanel;
