/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
import type { Io } from "./io";

const BAR_WIDTH = 24;

export interface ProgressBar {
  update: (fraction: number, label: string) => void;
  done: () => void;
}

export function progressBar(io: Io): ProgressBar {
  if (!io.interactive) return { update: () => undefined, done: () => undefined };
  let last = "";
  return {
    update(fraction, label) {
      const f = Math.max(0, Math.min(1, fraction));
      const filled = Math.round(f * BAR_WIDTH);
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.round(f * 100)
        .toString()
        .padStart(3)}% ${label}`.slice(0, 100);
      if (line === last) return;
      last = line;
      io.err(`\r\x1b[2K${line}`);
    },
    done() {
      if (last !== "") io.err("\r\x1b[2K");
      last = "";
    },
  };
}
