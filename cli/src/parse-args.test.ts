import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { parseCommandArgs } from "./parse-args";

const OPTIONS = { json: { type: "boolean", default: false }, out: { type: "string" } } as const;

describe("parseCommandArgs", () => {
  it("returns what node:util parseArgs parses", () => {
    const parsed = parseCommandArgs({
      args: ["a.csv", "--json", "--out", "r.txt"],
      allowPositionals: true,
      options: OPTIONS,
    });
    expect(parsed.positionals).toEqual(["a.csv"]);
    expect(parsed.values).toEqual({ json: true, out: "r.txt" });
  });

  it.each([
    ["an unknown option", ["--colour"], "--colour"],
    ["an option without its value", ["--out"], "--out"],
    ["a positional where none is allowed", ["stray.csv"], "stray.csv"],
  ])("turns %s into a usage error (exit 2) naming the problem", (_, args, named) => {
    let caught: unknown;
    try {
      parseCommandArgs({ args, options: OPTIONS });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).exitCode).toBe(2);
    expect((caught as CliError).message).toContain(named);
    expect((caught as CliError).message).toMatch(/gapmap help/);
  });
});
