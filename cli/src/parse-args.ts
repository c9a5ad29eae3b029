/** Argument parsing shared by every command: node:util parseArgs, with its complaints as usage errors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "./cli-error";

/**
 * Parses a command's arguments. An unknown option or a missing value is the user's to fix, so
 * it becomes a usage error (exit code 2) rather than an unexpected failure.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}
