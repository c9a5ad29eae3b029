/**
 * A virtual X display (Debian's `xvfb`) and real input on it (`xdotool`, which uses the XTEST
 * extension, so the browser gets the same key and mouse events a person's keyboard and mouse
 * make). For tests of what headless Chromium never delivers: browser keyboard shortcuts and
 * native context menus. Missing tools fail loudly (.ci/run installs them); nothing is skipped.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";

const TOOLS = [
  ["Xvfb", "xvfb"],
  ["xdotool", "xdotool"],
] as const;
/** How long Xvfb may take to report its display number. */
const START_TIMEOUT_MS = 10_000;

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Throws unless Xvfb and xdotool are installed; `purpose` says what needs them. */
export function requireXTools(purpose: string): void {
  const missing = TOOLS.filter(([command]) => !onPath(command));
  if (missing.length > 0) {
    throw new Error(
      `${missing.map(([c]) => c).join(" and ")} missing: install them with "apt-get install -y ${missing.map(([, p]) => p).join(" ")}" to run ${purpose}.`,
    );
  }
}

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":3". */
  display: string;
  /** Runs xdotool on this display; returns its output, trimmed. */
  xdotool(...args: string[]): string;
  stop(): void;
}

/**
 * Starts Xvfb on a free display: Xvfb picks the number itself (-displayfd), so tests and other
 * users of the machine never collide on one.
 */
export async function startVirtualDisplay(width = 1280, height = 900): Promise<VirtualDisplay> {
  const server: ChildProcess = spawn(
    "Xvfb",
    ["-displayfd", "3", "-screen", "0", `${width}x${height}x24`, "-nolisten", "tcp"],
    { stdio: ["ignore", "ignore", "pipe", "pipe"] },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let errors = "";
    const timer = setTimeout(() => {
      reject(new Error(`Xvfb reported no display within ${START_TIMEOUT_MS} ms: ${errors}`));
    }, START_TIMEOUT_MS);
    server.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    server.stdio[3]?.on("data", (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(`:${chunk.toString().trim()}`);
    });
    server.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code ?? "signal"}) before it started: ${errors}`));
    });
  });
  return {
    display,
    xdotool: (...args) =>
      execFileSync("xdotool", args, { env: { ...process.env, DISPLAY: display } })
        .toString()
        .trim(),
    stop: () => {
      server.kill();
    },
  };
}
