/**
 * Builds the task pane into excel-addin/dist: taskpane.html (Excel; loads Office.js) and
 * index.html (web mode; no Office.js). Office.js is copied from the installed
 * @microsoft/office-js package, so nothing is fetched from a CDN; the icons are copied to /assets.
 * The dev server (scripts/dev-server.ts) serves the same two folders at the same URLs.
 */
import react from "@vitejs/plugin-react";
import { cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
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

const DEV_MIME_TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The file under `root` for a URL path, or undefined (outside root, missing, a folder). */
export function staticFile(root: string, urlPath: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory())
    return undefined;
  return file;
}

/** Dev only: /office-js/… and /assets/… from where the build copies them from. */
function serveStaticFiles(): Plugin {
  const mounts: [prefix: string, root: string][] = [
    ["/office-js/", officeJsDist],
    ["/assets/", join(addinRoot, "assets")],
  ];
  return {
    name: "gapmap-serve-static",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? "/", "https://localhost").pathname;
        const mount = mounts.find(([prefix]) => path.startsWith(prefix));
        const file = mount && staticFile(mount[1], path.slice(mount[0].length));
        if (file === undefined) {
          next();
          return;
        }
        response.setHeader(
          "content-type",
          DEV_MIME_TYPES[extname(file)] ?? "application/octet-stream",
        );
        createReadStream(file).pipe(response);
      });
    },
  };
}

export default defineConfig({
  root: taskpaneRoot,
  base: "./",
  publicDir: false,
  plugins: [react(), copyStaticFiles(), serveStaticFiles()],
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
