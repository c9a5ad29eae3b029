/** The program behind the `gapmap` binary: bundled into cli/dist/gapmap.js, or run with tsx in development. */
import { main } from "./main";

// `gapmap scan … | head`: the reader stopped listening, which is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
