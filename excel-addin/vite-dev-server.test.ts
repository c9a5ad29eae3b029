/**
 * The dev server's setup (vite.config.ts, as scripts/dev-server.ts uses it) over HTTPS: the task
 * pane, Office.js and the icons are served at the URLs manifest.xml and taskpane.html use. The
 * certificate is generated into a temporary folder and trusted only by this test's requests.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCertificates } from "office-addin-dev-certs";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_JS_CDN_URL, OFFICE_JS_LOCAL_URL, useLocalOfficeJs } from "./vite.config";

const configFile = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const certDir = mkdtempSync(join(tmpdir(), "gapmap-dev-certs-"));
let server: ViteDevServer | undefined;
let ca: Buffer;
let port = 0;

function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "localhost", port, path, ca }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers["content-type"]),
          body,
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  const paths = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(certDir, f));
  const [caPath = "", certPath = "", keyPath = ""] = paths;
  await generateCertificates(caPath, certPath, keyPath, 1);
  ca = readFileSync(caPath);
  server = await createServer({
    configFile,
    logLevel: "silent",
    server: {
      https: { cert: readFileSync(certPath), key: readFileSync(keyPath) },
      host: "localhost",
      port: 0,
    },
  });
  await server.listen();
  port = (server.httpServer?.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe("dev server (vite.config.ts over HTTPS)", () => {
  it("serves the task pane page loading Office.js from Microsoft's CDN, and no local copy", async () => {
    const page = await get("/taskpane.html");
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<script src="${OFFICE_JS_CDN_URL}"></script>`);
    expect(page.body).not.toContain(OFFICE_JS_LOCAL_URL);
    const office = await get("/office-js/office.js");
    expect(office.body).not.toMatch(/Office\.initialize|OSF\./);
  });

  it("serves the help page the manifest links to", async () => {
    const help = await get("/help.html");
    expect(help.status).toBe(200);
    for (const lang of ["en", "fr", "es", "ru"]) expect(help.body).toContain(`id="${lang}"`);
  });

  it("serves the manifest's icons and refuses paths outside the served folders", async () => {
    const icon = await get("/assets/icon-32.png");
    expect(icon.status).toBe(200);
    expect(icon.type).toBe("image/png");
    const escape = await get("/office-js/..%2F..%2Fpackage.json");
    expect(escape.body).not.toContain('"@microsoft/office-js"');
  });
});

describe("GAPMAP_OFFICE_JS: the opt-in local copy for closed networks", () => {
  it("is off unless asked for, and refuses values it does not know", () => {
    expect(useLocalOfficeJs({})).toBe(false);
    expect(useLocalOfficeJs({ GAPMAP_OFFICE_JS: "cdn" })).toBe(false);
    expect(useLocalOfficeJs({ GAPMAP_OFFICE_JS: "local" })).toBe(true);
    expect(() => useLocalOfficeJs({ GAPMAP_OFFICE_JS: "lcoal" })).toThrow(/cdn.*local/);
  });
});
