/** Asks before our earlier sheets are replaced; the user's own sheets are never touched. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
} from "@fluentui/react-components";
import { useI18n } from "../i18n-context";

export function ReplaceDialog(props: {
  sheets: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogContent>{t("confirmReplace", { sheets: props.sheets.join(", ") })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onReplace}>
              {t("replace")}
            </Button>
            <Button onClick={props.onCancel}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
