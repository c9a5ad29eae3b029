/**
 * Builds the task pane into excel-addin/dist: taskpane.html (Excel; loads Office.js from
 * Microsoft's CDN, as Microsoft requires outside development), index.html (web mode; no
 * Office.js), help.html (the manifest's SupportUrl and "Learn more") and download.html (the
 * export route on Excel for Mac, opened in the system browser). Icons are copied to /assets.
 *
 * Closed networks that cannot reach the CDN may opt in to a local copy with
 * GAPMAP_OFFICE_JS=local (see excel-addin/README.md): Office.js is then copied from the installed
 * @microsoft/office-js package and taskpane.html points at it. Microsoft supports that copy only
 * for development, so it is never the default.
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

/** Microsoft's production Office.js URL, referenced by src/taskpane/taskpane.html. */
export const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where an opted-in local copy is served from, relative to taskpane.html. */
export const OFFICE_JS_LOCAL_URL = "./office-js/office.js";

/** GAPMAP_OFFICE_JS=local: use the npm package's copy of Office.js (closed networks only). */
export function useLocalOfficeJs(env: NodeJS.ProcessEnv = process.env): boolean {
  const choice = env["GAPMAP_OFFICE_JS"];
  if (choice === undefined || choice === "" || choice === "cdn") return false;
  if (choice === "local") return true;
  throw new Error(`GAPMAP_OFFICE_JS must be "cdn" or "local", not "${choice}"`);
}

const require = createRequire(import.meta.url);
const officeJsDist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Office.js files for other Office apps and debug builds: 80 MB the task pane never loads. */
const UNUSED_OFFICE_JS =
  /(^|[\\/])(access|word|powerpoint|onenote|outlook|project|visio)[^\\/]*\.js$|\.debug\.js$/i;

function copyStaticFiles(localOfficeJs: boolean): Plugin {
  return {
    name: "gapmap-copy-static",
    apply: "build",
    writeBundle(output) {
      const outDir = output.dir ?? DIST_DIR;
      cpSync(join(addinRoot, "assets"), join(outDir, "assets"), { recursive: true });
      if (!localOfficeJs) return;
      cpSync(officeJsDist, join(outDir, "office-js"), {
        recursive: true,
        filter: (source) => !UNUSED_OFFICE_JS.test(source),
      });
      if (!existsSync(join(outDir, "office-js", "office.js")))
        throw new Error("office.js was not copied from @microsoft/office-js");
    },
  };
}

/** Points taskpane.html at the local copy instead of the CDN, when opted in. */
function officeJsSource(localOfficeJs: boolean): Plugin {
  return {
    name: "gapmap-office-js-source",
    transformIndexHtml(html, context) {
      if (!localOfficeJs || !context.path.endsWith("taskpane.html")) return html;
      if (!html.includes(OFFICE_JS_CDN_URL))
        throw new Error("taskpane.html no longer references the Office.js CDN URL");
      return html.replace(OFFICE_JS_CDN_URL, OFFICE_JS_LOCAL_URL);
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

/** Dev only: /assets/… (and /office-js/… when opted in) from where the build copies them. */
function serveStaticFiles(localOfficeJs: boolean): Plugin {
  const mounts: [prefix: string, root: string][] = [["/assets/", join(addinRoot, "assets")]];
  if (localOfficeJs) mounts.push(["/office-js/", officeJsDist]);
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

const localOfficeJs = useLocalOfficeJs();

export default defineConfig({
  root: taskpaneRoot,
  base: "./",
  publicDir: false,
  plugins: [
    react(),
    officeJsSource(localOfficeJs),
    copyStaticFiles(localOfficeJs),
    serveStaticFiles(localOfficeJs),
  ],
  build: {
    outDir: DIST_DIR,
    emptyOutDir: true,
    // SheetJS and exceljs make a large bundle; it is loaded once from the local disk or server.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: {
        taskpane: join(taskpaneRoot, "taskpane.html"),
        index: join(taskpaneRoot, "index.html"),
        help: join(taskpaneRoot, "help.html"),
        download: join(taskpaneRoot, "download.html"),
      },
    },
  },
});
