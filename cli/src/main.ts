/** Entry point of the `gapmap` command line: dispatches to one command, turns errors into messages. */
import { CliError } from "./cli-error";
import { processIo, type Io } from "./io";
import { COMMANDS } from "./registry";

function helpText(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return `gapmap: map gaps in migration data\n\nUsage: gapmap <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun "gapmap <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`gapmap: unknown command "${name}".\n${helpText()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`gapmap ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    // An unexpected failure is still reported as a message; the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`gapmap ${name}: unexpected error: ${message}\n`);
    if (process.env.GAPMAP_DEBUG && error instanceof Error) io.err(`${error.stack ?? ""}\n`);
    return 1;
  }
}
