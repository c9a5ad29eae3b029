/** What the tagger found: language, indicators (click to show the card), tables, this site's records. */
import type { SourceRecord } from "@gapmap/core";
import type { PageState } from "../platform/messages";

interface Props {
  page: PageState;
  records: readonly SourceRecord[];
  onShowIndicator: (indicatorId: string) => void;
}

export function PageSummary({ page, records, onShowIndicator }: Props) {
  const status = new Map(page.records.map((r) => [r.recordId, r.status]));
  return (
    <>
      <p>
        Page language: <strong>{page.lang.lang}</strong> ({page.lang.source})
      </p>
      <section>
        <h2>Indicators on this page ({page.mentions.length})</h2>
        <ul>
          {page.mentions.map((m) => (
            <li key={m.indicatorId}>
              <button
                type="button"
                onClick={() => {
                  onShowIndicator(m.indicatorId);
                }}
              >
                {m.name}
              </button>{" "}
              ×{m.count}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Tables ({page.tables.length})</h2>
        <ul>
          {page.tables.map((t) => (
            <li key={t.selector}>
              {t.caption ?? t.selector}:{" "}
              {t.years.length > 0 ? `${t.years[0]}–${t.years.at(-1)}` : "no years"}
              {t.breakdowns.length > 0 ? `, by ${t.breakdowns.join(", ")}` : ""}
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
