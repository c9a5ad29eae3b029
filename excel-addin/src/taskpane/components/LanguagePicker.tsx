/** The user's override of the UI language. */
import { Select } from "@fluentui/react-components";
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from "../../i18n/index";
import { useI18n } from "../i18n-context";

export function LanguagePicker(props: { onChange: (language: UiLanguage) => void }) {
  const { language, t } = useI18n();
  return (
    <Select
      aria-label={t("language")}
      data-testid="language-picker"
      size="small"
      value={language}
      onChange={(_, d) => {
        props.onChange(d.value as UiLanguage);
      }}
    >
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </Select>
  );
}
