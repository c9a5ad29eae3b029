/**
 * The content script's side of the table host: it sends the tables' readings in batches as the
 * page reads them and gets each batch's results back — or undefined for every batch not answered
 * properly (no host, an error, a broken or late reply), which the page then analyses itself.
 */
import type { TableReading } from "../highlight/table-analysis";
import { connectExtension, type HostPort } from "./host-client";
import { TABLE_HOST_PORT, type PageTable, type ToTableHost } from "../platform/messages";
import { readFromTableHost } from "./table-reply-guard";

/** A host silent this long while batches wait is taken for gone (the page analyses them). */
export const REPLY_TIMEOUT_MS = 5_000;

/** What the client needs of a runtime port: the engine host client's, with table messages. */
export type TablePort = Omit<HostPort, "postMessage"> & { postMessage(message: ToTableHost): void };

/** One result per reading, in order (undefined: no data table); undefined: not answered. */
export type TableResults = (PageTable | undefined)[] | undefined;

export interface TableHost {
  /** Sends one batch of readings; resolves with its results, never rejects. */
  analyse(readings: TableReading[]): Promise<TableResults>;
  /** No more batches: the port closes once every batch is answered. */
  close(): void;
}

/** Opens a conversation with the table host; undefined when there is no port at all. */
export function openTableHost(
  port: TablePort | undefined = connectExtension(TABLE_HOST_PORT),
): TableHost | undefined {
  if (port === undefined) return undefined;
  const waiting = new Map<number, (results: TableResults) => void>();
  let batches = 0;
  let closing = false;
  let gone = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const disconnect = () => {
    if (timer !== undefined) clearTimeout(timer);
    try {
      port.disconnect();
    } catch {
      // already gone
    }
  };
  // Every batch still waiting is left to the page; later ones are not sent.
  const fail = () => {
    gone = true;
    for (const settle of waiting.values()) settle(undefined);
    waiting.clear();
    disconnect();
  };
  const watch = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = waiting.size > 0 ? setTimeout(fail, REPLY_TIMEOUT_MS) : undefined;
  };

  port.onDisconnect.addListener(fail);
  port.onMessage.addListener((raw) => {
    // Checked by hand (table-reply-guard.ts): zod's first parse on the page was a long task.
    const reply = readFromTableHost(raw);
    if (reply === undefined || reply.type === "gapmap/host-error") {
      fail();
      return;
    }
    const { batch, tables } = reply;
    const settle = waiting.get(batch);
    if (settle === undefined) return;
    waiting.delete(batch);
    settle(tables.map((t) => t ?? undefined));
    watch();
    if (closing && waiting.size === 0) disconnect();
  });

  return {
    analyse(readings) {
      if (gone) return Promise.resolve(undefined);
      const batch = batches++;
      return new Promise((resolve) => {
        waiting.set(batch, (results) => {
          resolve(results?.length === readings.length ? results : undefined);
        });
        watch();
        try {
          port.postMessage({ type: "gapmap/host-analyse-tables", batch, readings });
        } catch {
          fail();
        }
      });
    },
    close() {
      closing = true;
      if (waiting.size === 0) disconnect();
    },
  };
}
