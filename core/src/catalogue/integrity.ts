/**
 * Cross-reference checks that a single zod schema cannot express: unique IDs, references
 * that resolve, and synonyms shared between indicators only when flagged ambiguous.
 */
import { normalizeText } from "../text/normalize";
import { findStaleDisplayNames } from "./display-name-ids";
import type { Catalogue } from "./schema";

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** A counterpart exists, measures the other of stock and flow, and names a counterpart back. */
function counterpartProblems(catalogue: Catalogue): string[] {
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const problems: string[] = [];
  for (const ind of catalogue.indicators) {
    if (ind.counterpart === undefined) continue;
    const other = byId.get(ind.counterpart);
    const owner = `indicator "${ind.id}"`;
    if (!other) problems.push(`${owner} refers to unknown counterpart "${ind.counterpart}"`);
    else if (
      !["stock", "flow"].includes(ind.measure) ||
      !["stock", "flow"].includes(other.measure) ||
      ind.measure === other.measure
    )
      problems.push(
        `${owner} (${ind.measure}) has counterpart "${other.id}" (${other.measure}): one must be a stock, the other a flow`,
      );
    else if (other.counterpart === undefined)
      problems.push(`${owner} names "${other.id}" as its counterpart, which names none back`);
  }
  return problems;
}

/** Every problem found, as readable sentences; an empty list means the catalogue is sound. */
export function findCatalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const lists = {
    indicator: catalogue.indicators.map((i) => i.id),
    concept: catalogue.concepts.map((c) => c.id),
    standard: catalogue.standards.map((s) => s.id),
    "source type": catalogue.sourceTypes.map((s) => s.id),
    "policy theme": catalogue.policyThemes.map((t) => t.id),
    preset: catalogue.presets.map((p) => p.id),
  };
  for (const [what, ids] of Object.entries(lists)) {
    for (const id of duplicates(ids)) problems.push(`duplicate ${what} ID "${id}"`);
  }

  const known = {
    concept: new Set(lists.concept),
    standard: new Set(lists.standard),
    sourceType: new Set(lists["source type"]),
    theme: new Set(lists["policy theme"]),
    indicator: new Set(lists.indicator),
  };
  const ref = (owner: string, kind: keyof typeof known, ids: readonly string[]) => {
    for (const id of ids) {
      if (!known[kind].has(id)) problems.push(`${owner} refers to unknown ${kind} "${id}"`);
    }
  };
  for (const ind of catalogue.indicators) {
    const owner = `indicator "${ind.id}"`;
    ref(owner, "standard", ind.standards);
    ref(owner, "concept", ind.concepts);
    ref(owner, "sourceType", ind.sourceTypes);
    ref(owner, "theme", ind.themes);
  }
  problems.push(...counterpartProblems(catalogue));
  for (const concept of catalogue.concepts) {
    ref(`concept "${concept.id}"`, "standard", concept.standards);
    for (const id of duplicates(concept.variants.map((v) => v.id))) {
      problems.push(`concept "${concept.id}" has duplicate variant "${id}"`);
    }
  }
  for (const preset of catalogue.presets) {
    ref(
      `preset "${preset.id}"`,
      "indicator",
      preset.items.map((i) => i.indicator),
    );
  }

  // A synonym used by two indicators must be flagged ambiguous in both, or search and
  // table matching would silently favour one of them.
  const claims = new Map<string, { id: string; ambiguous: boolean; text: string }[]>();
  for (const ind of catalogue.indicators) {
    const seenHere = new Set<string>();
    for (const syn of ind.synonyms) {
      const key = normalizeText(syn.text);
      if (key === "")
        problems.push(`indicator "${ind.id}" has a synonym with no letters: "${syn.text}"`);
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const list = claims.get(key) ?? [];
      list.push({ id: ind.id, ambiguous: syn.ambiguous, text: syn.text });
      claims.set(key, list);
    }
  }
  for (const list of claims.values()) {
    if (list.length > 1 && list.some((c) => !c.ambiguous)) {
      const who = list.map((c) => c.id).join(", ");
      problems.push(
        `synonym "${list[0]?.text ?? ""}" is claimed by ${who} without an ambiguity flag`,
      );
    }
  }
  problems.push(...findStaleDisplayNames(catalogue));
  return problems;
}
