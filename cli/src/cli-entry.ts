/** The program behind the `gapmap` binary: bundled into cli/dist/gapmap.js, or run with tsx in development. */
import { main } from "./main";

process.exitCode = await main(process.argv.slice(2));
