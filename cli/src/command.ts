import type { Io } from "./io";

/** One `gapmap` sub-command, registered in main.ts under its name. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. Throws CliError for problems the user can fix. */
  run: (args: string[], io: Io) => Promise<number>;
}
