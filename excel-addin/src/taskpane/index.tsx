/**
 * Entry point. Inside Excel, Office.js is loaded first (taskpane.html) and Office.onReady tells
 * us the host; opened as a plain page there is no Office and the web host is used.
 */
import { createRoot } from "react-dom/client";
import type { Host } from "../host/host";
import { createWebHost } from "../host/web-host";
import { pickLanguage } from "../i18n/index";
import { App } from "./App";

function render(host: Host, languageTag: string | undefined): void {
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(<App host={host} initialLanguage={pickLanguage(languageTag)} />);
}

/** Office.js defines `Office` even outside Office; only onReady's host says we are in Excel. */
const office = (globalThis as { Office?: typeof Office }).Office;
if (office === undefined) {
  render(createWebHost(), navigator.language);
} else {
  void office.onReady((info) => {
    if (info.host === office.HostType.Excel) {
      // The Excel adapter is a chunk of its own: web mode never loads it.
      void import("../host/office-host").then(({ createOfficeHost, officeEnvironment }) => {
        // The requirement check and the export route need Office.context: hand it over.
        render(
          createOfficeHost(Excel, officeEnvironment(office, window.location.href)),
          office.context.displayLanguage,
        );
      });
    } else {
      render(createWebHost(), navigator.language);
    }
  });
}
