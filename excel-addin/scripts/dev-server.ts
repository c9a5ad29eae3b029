/**
 * `npm run dev:excel`: serves the task pane on https://localhost:3000, as manifest.xml expects,
 * with vite.config.ts (so /office-js/… and /assets/… are served as in the build) and
 * office-addin-dev-certs' trusted localhost certificate. It only reads the certificate: when it
 * is missing or expired it says how to install one instead of asking for admin rights itself.
 */
import { getHttpsServerOptions, verifyCertificates } from "office-addin-dev-certs";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

/** The host and port every URL in manifest.xml uses. */
const DEV_HOST = "localhost";
const DEV_PORT = 3000;
const configFile = fileURLToPath(new URL("../vite.config.ts", import.meta.url));

export const INSTALL_CERTIFICATES_MESSAGE = [
  "No trusted development certificate for https://localhost was found (or it has expired).",
  "Install one once per machine, then run this again:",
  "",
  "    npx office-addin-dev-certs install",
  "",
  "It creates a localhost certificate and asks for admin rights to trust it.",
].join("\n");

function certificatesInstalled(): boolean {
  try {
    return verifyCertificates();
  } catch {
    return false; // the platform's check itself failed: treat as not installed
  }
}

if (!certificatesInstalled()) {
  console.error(INSTALL_CERTIFICATES_MESSAGE);
  process.exit(1);
}

// Verified above, so this only reads the files and never tries to install (no sudo prompt).
const https = await getHttpsServerOptions();
const server = await createServer({
  configFile,
  server: { https, host: DEV_HOST, port: DEV_PORT, strictPort: true },
});
await server.listen();
server.printUrls();
console.log(`Task pane: https://${DEV_HOST}:${DEV_PORT}/taskpane.html`);
