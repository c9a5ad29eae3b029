/**
 * What the tagger found: language, indicators (click, or use the arrow keys, to show the card
 * in the page), tables with what was read from them, and this site's records.
 */
import type { SourceRecord } from "@gapmap/core/inventory";
import { useRef, useState, type KeyboardEvent } from "react";
import type { PageState } from "../platform/messages";
import { stepMentionCursor, type MentionCursor } from "./mention-keys";

interface Props {
  page: PageState;
  records: readonly SourceRecord[];
  onShowIndicator: (indicatorId: string, occurrence: number) => void;
}

function years(list: readonly number[]): string {
  return list.length > 0 ? `${list[0]}–${list.at(-1)}` : "no years";
}

export function PageSummary({ page, records, onShowIndicator }: Props) {
  const status = new Map(page.records.map((r) => [r.recordId, r.status]));
  const [cursor, setCursor] = useState<MentionCursor>({ item: 0, occurrence: 0 });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = stepMentionCursor(
      cursor,
      event.key,
      page.mentions.map((m) => m.count),
    );
    const mention = next && page.mentions[next.item];
    if (!next || !mention) return;
    event.preventDefault();
    setCursor(next);
    buttons.current[next.item]?.focus();
    onShowIndicator(mention.indicatorId, next.occurrence);
  };

  return (
    <>
      <p>
        Page language: <strong>{page.lang.lang}</strong> ({page.lang.source})
      </p>
      <section>
        <h2 id="gapmap-indicators">Indicators on this page ({page.mentions.length})</h2>
        <p>Arrow keys: ↑↓ indicator, ←→ its mentions on the page.</p>
        <ul aria-labelledby="gapmap-indicators" onKeyDown={onKeyDown}>
          {page.mentions.map((m, i) => (
            <li key={m.indicatorId}>
              <button
                type="button"
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                // One tab stop for the list; arrows move inside it.
                tabIndex={i === cursor.item ? 0 : -1}
                aria-current={i === cursor.item ? "true" : undefined}
                onClick={() => {
                  setCursor({ item: i, occurrence: 0 });
                  onShowIndicator(m.indicatorId, 0);
                }}
              >
                {m.name}
              </button>{" "}
              ×{m.count}
              {i === cursor.item && m.count > 1 ? ` (mention ${cursor.occurrence + 1})` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Tables ({page.tables.length})</h2>
        <ul aria-label="Tables">
          {page.tables.map((t) => (
            <li key={t.selector} data-source={t.source}>
              <strong>{t.caption ?? t.selector}</strong>
              {t.source === "script" ? " (chart data)" : ""}: {years(t.years)}
              {t.breakdowns.length > 0 ? `, by ${t.breakdowns.join(", ")}` : ""}
              {t.indicatorNames.length > 0 ? ` — ${t.indicatorNames.join(", ")}` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Records for this site ({records.length})</h2>
        <ul>
          {records.map((r) => (
            <li key={r.id} data-record-id={r.id} data-status={status.get(r.id) ?? "other-page"}>
              {r.title ?? r.id} — {status.get(r.id) ?? "on another page"}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
