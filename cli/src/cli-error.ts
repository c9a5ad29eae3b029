/** An error the user can act on: printed as one message, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 1: the work failed; 2: wrong usage; 130: interrupted (Ctrl-C), as shells report it. */
    readonly exitCode: 1 | 2 | 130 = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message}\nRun "gapmap help" for usage.`, 2);
}
