/**
 * `npm run dev:excel`: serves the task pane over HTTPS on https://localhost:3000, as manifest.xml
 * expects, with office-addin-dev-certs' trusted localhost certificate (run
 * `npx office-addin-dev-certs install` once; it asks for admin rights). Assets are served at /assets.
 */
import react from "@vitejs/plugin-react";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

/** The port every URL in manifest.xml uses. */
const DEV_PORT = 3000;
const addinRoot = fileURLToPath(new URL("..", import.meta.url));

const https = await getHttpsServerOptions();
const server = await createServer({
  root: fileURLToPath(new URL("../src/taskpane", import.meta.url)),
  // Served from the root, so manifest URLs like https://localhost:3000/assets/icon-32.png resolve.
  publicDir: addinRoot,
  plugins: [react()],
  server: { https, port: DEV_PORT, strictPort: true },
});
await server.listen();
server.printUrls();
