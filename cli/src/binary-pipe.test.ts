/**
 * `gapmap … | head`: when the reader of stdout goes away, the binary stops quietly, with no
 * stack trace on stderr (it used to end with Node's unhandled EPIPE error).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/gapmap.js", import.meta.url));

describe("the gapmap binary when its reader stops early", () => {
  it("exits without a stack trace once stdout is closed", async () => {
    const child = spawn(process.execPath, [bin, "catalog", "list", "--json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Like `head -c 0`: the reader is gone before the first write.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(0);
  });
});
