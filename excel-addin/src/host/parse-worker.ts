/// <reference lib="webworker" />
/**
 * Web Worker that parses a workbook off the page's thread, so the task pane stays responsive on
 * large files; progress (with the sheet being converted) is posted back as it goes.
 */
import { readWorkbookBytes } from "@gapmap/core/readers";
import type { ParseMessage, ParseRequest } from "./parse-protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ParseMessage) => {
  scope.postMessage(message);
};

scope.addEventListener("message", (event: MessageEvent<ParseRequest>) => {
  const { fileName, bytes } = event.data;
  try {
    const result = readWorkbookBytes(new Uint8Array(bytes), fileName, {
      onProgress: (progress) => {
        post({ type: "progress", progress });
      },
    });
    post({ type: "done", result });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
});
