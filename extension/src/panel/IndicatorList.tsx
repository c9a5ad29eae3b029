/**
 * The indicators on this page with their counts. Each opens the card at its first mention in the
 * page (jump-to); in the list, ↑↓ choose an indicator and ←→ (or Enter again) step through its
 * mentions — the keyboard path to the card, since page highlights cannot take focus.
 */
import { Button, CounterBadge, Text } from "@fluentui/react-components";
import { useRef, useState, type KeyboardEvent } from "react";
import { indicatorName } from "../i18n/catalogue-names";
import type { PageState } from "../platform/messages";
import { EnglishFallbackMark } from "./CatalogueName";
import { usePanelI18n } from "./i18n-context";
import { stepMentionCursor, type MentionCursor } from "./mention-keys";
import { usePanelStyles } from "./styles";

interface Props {
  mentions: PageState["mentions"];
  onShow: (indicatorId: string, occurrence: number) => void;
}

/** In a right-to-left panel the arrow that points forward is ←. */
function logicalKey(key: string, rtl: boolean): string {
  if (!rtl) return key;
  if (key === "ArrowLeft") return "ArrowRight";
  if (key === "ArrowRight") return "ArrowLeft";
  return key;
}

export function IndicatorList({ mentions, onShow }: Props) {
  const { t, language } = usePanelI18n();
  const styles = usePanelStyles();
  const [cursor, setCursor] = useState<MentionCursor>({ item: 0, occurrence: 0 });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const rtl = language === "ar";

  const move = (next: MentionCursor) => {
    const mention = mentions[next.item];
    if (!mention) return;
    setCursor(next);
    buttons.current[next.item]?.focus();
    onShow(mention.indicatorId, next.occurrence);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const counts = mentions.map((m) => m.count);
    const next = stepMentionCursor(cursor, logicalKey(event.key, rtl), counts);
    if (!next) return;
    event.preventDefault();
    move(next);
  };

  if (mentions.length === 0) return <Text className={styles.muted}>{t("noIndicators")}</Text>;
  return (
    <>
      <Text size={200} className={styles.muted} id="gapmap-keys-hint">
        {t("indicatorKeysHint")}
      </Text>
      <ul
        className={styles.list}
        aria-labelledby="gapmap-indicators"
        aria-describedby="gapmap-keys-hint"
        onKeyDown={onKeyDown}
      >
        {mentions.map((m, i) => {
          const name = indicatorName(m.indicatorId, language);
          const current = i === cursor.item;
          return (
            <li key={m.indicatorId} className={styles.row} data-indicator={m.indicatorId}>
              <Button
                appearance="subtle"
                className={styles.indicatorButton}
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                // One tab stop for the list; arrows move inside it.
                tabIndex={current ? 0 : -1}
                aria-current={current ? "true" : undefined}
                onClick={() => {
                  const again = current && cursor.occurrence + 1 < m.count;
                  move({ item: i, occurrence: again ? cursor.occurrence + 1 : 0 });
                }}
              >
                <span lang={name.lang} dir="auto">
                  {name.text}
                </span>
              </Button>
              {name.fallback && <EnglishFallbackMark />}
              <CounterBadge
                count={m.count}
                overflowCount={999}
                appearance="ghost"
                color="informative"
                aria-label={t("mentionCount", { count: m.count })}
              />
              {current && m.count > 1 && (
                <Text size={200} className={styles.muted}>
                  {t("mentionOf", { n: cursor.occurrence + 1, count: m.count })}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
