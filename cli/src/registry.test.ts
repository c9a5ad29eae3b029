import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./registry";

describe("the command registry", () => {
  it("lists every command module once, under the command's own name and summary", async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect([command.name, command.summary]).toEqual([entry.name, entry.summary]);
    }
    const files = readdirSync(fileURLToPath(new URL("./commands/", import.meta.url))).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    expect(files.length).toBe(COMMANDS.length);
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  }, 180_000); // loads every command from source: slow on a busy machine
});
