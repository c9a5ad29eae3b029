/** `gapmap catalog`: search, show, list and summarise the shared catalogue. */
import { findIndicator, getCatalogue, getCatalogueIndex } from "@gapmap/catalog";
import { searchCatalogue, type Indicator } from "@gapmap/core";
import type { Command } from "../command";
import { parseCommandArgs } from "../parse-args";
import { CliError, usageError } from "../cli-error";
import { formatIndicator } from "../format/indicator-text";

const USAGE = `Usage:
  gapmap catalog search <text...> [--json] [--limit N]   find indicators in any of the seven languages
  gapmap catalog show <id> [--json]                      print one indicator's full entry
  gapmap catalog list [--json]                           list every indicator ID and name
  gapmap catalog summary [--json]                        counts of indicators, concepts, sources, synonyms`;

function summary() {
  const cat = getCatalogue();
  const synonymsByLanguage: Record<string, number> = {};
  for (const ind of cat.indicators) {
    for (const s of ind.synonyms)
      synonymsByLanguage[s.lang] = (synonymsByLanguage[s.lang] ?? 0) + 1;
  }
  return {
    version: cat.version,
    indicators: cat.indicators.length,
    concepts: cat.concepts.length,
    nationalVariants: cat.concepts.reduce((n, c) => n + c.variants.length, 0),
    standards: cat.standards.length,
    sourceTypes: cat.sourceTypes.length,
    presets: cat.presets.map((p) => ({ id: p.id, indicators: p.items.length, status: p.status })),
    synonymsByLanguage,
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const catalogCommand: Command = {
  name: "catalog",
  summary: "search and show the catalogue of migration indicators",
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        limit: { type: "string", default: "5" },
      },
    });
    const [sub, ...rest] = positionals;
    switch (sub) {
      case "search": {
        const query = rest.join(" ").trim();
        if (query === "") throw usageError("catalog search needs some text to look for.");
        const limit = Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw usageError("--limit takes a whole number ≥ 1.");
        const hits = searchCatalogue(getCatalogueIndex(), query, { limit });
        if (values.json) io.out(json({ query, hits }));
        else if (hits.length === 0) io.out(`No indicator matches "${query}".\n`);
        else {
          for (const h of hits) {
            const name = findIndicator(h.id)?.name ?? "";
            io.out(
              `${h.score.toFixed(2)}  ${h.id.padEnd(36)} ${name}\n      matched "${h.matched.text}" (${h.matched.lang})\n`,
            );
          }
        }
        return Promise.resolve(0);
      }
      case "show": {
        const [id] = rest;
        if (id === undefined) throw usageError("catalog show needs an indicator ID.");
        const indicator: Indicator | undefined = findIndicator(id);
        if (!indicator) {
          const near = searchCatalogue(getCatalogueIndex(), id.replace(/-/g, " "), {
            limit: 3,
          }).map((h) => h.id);
          const hint = near.length > 0 ? ` Did you mean: ${near.join(", ")}?` : "";
          throw new CliError(`no indicator has the ID "${id}".${hint}`);
        }
        io.out(values.json ? json(indicator) : formatIndicator(indicator));
        return Promise.resolve(0);
      }
      case "list": {
        const list = getCatalogue().indicators.map((i) => ({
          id: i.id,
          section: i.section,
          name: i.name,
        }));
        io.out(
          values.json
            ? json(list)
            : list.map((i) => `${i.section.padEnd(4)} ${i.id.padEnd(36)} ${i.name}\n`).join(""),
        );
        return Promise.resolve(0);
      }
      case "summary": {
        const s = summary();
        if (values.json) io.out(json(s));
        else {
          io.out(`Gapmap catalogue ${s.version}\n`);
          io.out(
            `  ${s.indicators} indicators, ${s.concepts} concepts (${s.nationalVariants} national variants), ${s.standards} standards, ${s.sourceTypes} source types\n`,
          );
          io.out(
            `  synonyms: ${Object.entries(s.synonymsByLanguage)
              .map(([l, n]) => `${l} ${n}`)
              .join(", ")}\n`,
          );
          for (const p of s.presets)
            io.out(`  preset ${p.id}: ${p.indicators} indicators (${p.status})\n`);
        }
        return Promise.resolve(0);
      }
      case undefined:
        throw usageError("catalog needs a sub-command: search, show, list or summary.");
      default:
        throw usageError(`unknown catalog sub-command "${sub}".`);
    }
  },
};
