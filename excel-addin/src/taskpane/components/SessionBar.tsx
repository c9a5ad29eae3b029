/**
 * What the pane says about the saved session: restored work, a host too old to run Gapmap, and
 * the question asked when the saved data cannot be read (never overwritten without an answer).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import type { Host } from "../../host/host";
import { useI18n } from "../i18n-context";
import type { Session } from "../use-session";

export function SessionBar(props: { session: Session; store: Host["stateStore"] }) {
  const { t } = useI18n();
  const { session } = props;
  return (
    <>
      {session.restoredCount !== undefined && (
        <MessageBar intent="info" data-testid="session-restored">
          <MessageBarBody>
            {t(props.store === "workbook" ? "restoredFromWorkbook" : "restoredFromBrowser", {
              count: session.restoredCount,
            })}{" "}
            {t(props.store === "workbook" ? "sessionSavedWorkbook" : "sessionSavedBrowser")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={session.dismissRestored}>
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {session.differed && (
        <MessageBar intent="warning" data-testid="session-differed">
          <MessageBarBody>{t("savedDataDiffered")}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                session.setDiffered(false);
              }}
            >
              {t("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {session.declined && (
        <MessageBar intent="warning" data-testid="session-not-saving">
          <MessageBarBody>{t("notSaving")}</MessageBarBody>
        </MessageBar>
      )}
      {session.unreadable !== undefined && (
        <Dialog open modalType="alert">
          <DialogSurface>
            <DialogBody>
              <DialogContent data-testid="session-unreadable">{session.unreadable}</DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    session.resolveUnreadable(true);
                  }}
                >
                  {t("unreadableStartFresh")}
                </Button>
                <Button
                  onClick={() => {
                    session.resolveUnreadable(false);
                  }}
                >
                  {t("unreadableKeep")}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
