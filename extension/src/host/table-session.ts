/**
 * The table host's side of one page's conversation: each batch of table readings the page sends
 * is analysed here, warm, by the page's own analysis (highlight/table-analysis.ts), so the page
 * gets the same results without running table detection itself.
 */
import { analyseTableReading } from "../highlight/table-analysis";
import { toTableHostSchema, type FromTableHost } from "../platform/messages";

/**
 * The handler of one port: a batch of readings in, its results out. Until `warm()` the host
 * declines: cold, it would analyse no faster than the page, which then waits for it behind the
 * warm-up's tasks (a browser just started).
 */
export function tableSession(warm: () => boolean = () => true): (raw: unknown) => FromTableHost[] {
  return (raw) => {
    if (!warm()) return [{ type: "gapmap/host-error", error: "warming up" }];
    const parsed = toTableHostSchema.safeParse(raw);
    if (!parsed.success) return [{ type: "gapmap/host-error", error: "not a table request" }];
    const { batch, readings } = parsed.data;
    const tables = readings.map((reading) => analyseTableReading(reading) ?? null);
    return [{ type: "gapmap/host-tables", batch, tables }];
  };
}
