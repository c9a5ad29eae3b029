/**
 * Builds the task pane into excel-addin/dist: taskpane.html (Excel; loads Office.js) and
 * index.html (web mode; no Office.js). Office.js is copied from the installed
 * @microsoft/office-js package, so nothing is fetched from a CDN; the icons are copied to /assets.
 */
import react from "@vitejs/plugin-react";
import { cpSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const addinRoot = dirname(fileURLToPath(import.meta.url));
const taskpaneRoot = join(addinRoot, "src/taskpane");
export const DIST_DIR = join(addinRoot, "dist");

const require = createRequire(import.meta.url);
const officeJsDist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Office.js files for other Office apps and debug builds: 80 MB the task pane never loads. */
const UNUSED_OFFICE_JS =
  /(^|[\\/])(access|word|powerpoint|onenote|outlook|project|visio)[^\\/]*\.js$|\.debug\.js$/i;

function copyStaticFiles(): Plugin {
  return {
    name: "gapmap-copy-static",
    apply: "build",
    writeBundle() {
      cpSync(join(addinRoot, "assets"), join(DIST_DIR, "assets"), { recursive: true });
      cpSync(officeJsDist, join(DIST_DIR, "office-js"), {
        recursive: true,
        filter: (source) => !UNUSED_OFFICE_JS.test(source),
      });
      if (!existsSync(join(DIST_DIR, "office-js", "office.js")))
        throw new Error("office.js was not copied from @microsoft/office-js");
    },
  };
}

export default defineConfig({
  root: taskpaneRoot,
  base: "./",
  publicDir: false,
  plugins: [react(), copyStaticFiles()],
  build: {
    outDir: DIST_DIR,
    emptyOutDir: true,
    // SheetJS and exceljs make a large bundle; it is loaded once from the local disk or server.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: {
        taskpane: join(taskpaneRoot, "taskpane.html"),
        index: join(taskpaneRoot, "index.html"),
      },
    },
  },
});
