/**
 * Every `gapmap` command, in the order `gapmap --help` lists them. Only the name and summary
 * live here; the command itself is loaded when it runs, so `gapmap --help` reads none of the
 * engine. Add a command here (a test checks that the summary matches the command's own).
 */
import type { Command } from "./command";

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "catalog",
    summary: "search and show the catalogue of migration indicators",
    load: async () => (await import("./commands/catalog")).catalogCommand,
  },
  {
    name: "scan",
    summary: "find indicator tables in workbooks, CSV files and folders",
    load: async () => (await import("./commands/scan")).scanCommand,
  },
  {
    name: "tag",
    summary: "tag indicator mentions and tables in saved web pages",
    load: async () => (await import("./commands/tag")).tagCommand,
  },
  {
    name: "assess",
    summary: "run the gap analysis and write the gap matrix and action plan",
    load: async () => (await import("./commands/assess")).assessCommand,
  },
  {
    name: "requests",
    summary: "write a data-request workbook for each responsible agency",
    load: async () => (await import("./commands/requests")).requestsCommand,
  },
  {
    name: "status",
    summary: "show or set data-request statuses and the profile's process steps",
    load: async () => (await import("./commands/status")).statusCommand,
  },
  {
    name: "diff",
    summary: "track progress between two assessments",
    load: async () => (await import("./commands/diff")).diffCommand,
  },
  {
    name: "report",
    summary: "write the data-gap report (.docx) for the Migration Profile",
    load: async () => (await import("./commands/report")).reportCommand,
  },
  {
    name: "template",
    summary: "write the hand-fill inventory template (.xlsx)",
    load: async () => (await import("./commands/template")).templateCommand,
  },
];
