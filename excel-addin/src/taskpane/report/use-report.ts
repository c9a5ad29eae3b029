/**
 * The Report action's state: loads the report code on first use (it carries the docx library,
 * kept out of the pane's start-up bundle), writes the .docx from the pane's assessment in the
 * pane's language, and hands it to the host's save route (download; on Excel for Mac, the
 * system browser). Progress and failures are kept for the view.
 */
import type { Assessment, Catalogue, Inventory, ProfileTracking } from "@gapmap/core";
import type { Rasterise } from "@gapmap/core/report";
import { useCallback, useRef, useState } from "react";
import type { ExportRoute, Host } from "../../host/host";
import type { UiLanguage } from "../../i18n/index";
import { exportBaseName } from "../model/export-name";
import { rasteriseInCanvas } from "./rasterise-canvas";

export type ReportState =
  | { status: "idle" }
  | { status: "working"; stage: "loading" | "charts" | "writing" | "saving"; charts: number }
  | { status: "done"; route: ExportRoute; fileName: string; chartsWithoutPicture: number }
  /** loading: the report's code could not be fetched; writing: anything after that. */
  | { status: "failed"; during: "loading" | "writing"; cause: unknown };

export interface ReportRequest {
  host: Host;
  assessment: Assessment;
  inventory: Inventory;
  /** The profile's process and request statuses (the report's process annex). */
  tracking: ProfileTracking | undefined;
  catalogue: Catalogue;
  language: UiLanguage;
  /** Names the file, as the other exports: the workbook, the needs preset, the time. */
  workbook: string;
  preset: string;
  /** The browser's canvas unless a test hands in another. */
  rasterise?: Rasterise;
}

/** Lets the progress line paint before the next stretch of work on the main thread. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

export function useReport() {
  const [state, setState] = useState<ReportState>({ status: "idle" });
  const running = useRef(false);

  const run = useCallback(async (request: ReportRequest) => {
    if (running.current) return;
    running.current = true;
    setState({ status: "working", stage: "loading", charts: 0 });
    try {
      let code: typeof import("./make-report");
      try {
        code = await import("./make-report");
      } catch (cause) {
        setState({ status: "failed", during: "loading", cause });
        return;
      }
      try {
        await nextFrame();
        const made = await code.makeReport({
          assessment: request.assessment,
          inventory: request.inventory,
          tracking: request.tracking,
          catalogue: request.catalogue,
          lang: request.language,
          locale: navigator.language,
          rasterise: request.rasterise ?? rasteriseInCanvas,
          onProgress: (stage, charts) => {
            setState({ status: "working", stage, charts });
          },
        });
        setState({ status: "working", stage: "saving", charts: 0 });
        await nextFrame();
        const fileName = `${exportBaseName(request.workbook, request.preset, new Date())}.docx`;
        const route = await request.host.saveFile(fileName, made.bytes, made.mimeType);
        setState({
          status: "done",
          route,
          fileName,
          chartsWithoutPicture: made.chartsWithoutPicture,
        });
      } catch (cause) {
        setState({ status: "failed", during: "writing", cause });
      }
    } finally {
      running.current = false;
    }
  }, []);

  const dismiss = useCallback(() => {
    setState({ status: "idle" });
  }, []);

  return { state, run, dismiss };
}
