/**
 * Merges inventories from several owners without dropping anything silently:
 * - records identical apart from ID and origin are duplicates: one copy is kept, the rest reported;
 * - records that describe the same thing (record-similarity.ts) but differ are conflicts: every
 *   version is kept, marked `conflictsWith` the others, and the differences are listed field by field.
 * An owner's own inventory decides what is distinct: records that one input holds side by side
 * are never reported as duplicates or conflicts of each other, so merge(A, A) returns A.
 */
import { canonicalJson } from "./canonical-json";
import {
  compareRefs,
  compareText,
  fieldDifferences,
  type ConflictGroup,
  type DuplicateGroup,
  type MergeResult,
  type RecordRef,
  type RenamedRecord,
} from "./merge-report";
import { describeSameThing, locationKey, seriesKeys } from "./record-similarity";
import { INVENTORY_SCHEMA_VERSION, type Inventory, type SourceRecord } from "./source-record";

export interface MergeInput {
  owner: string;
  inventory: Inventory;
}

interface Entry {
  input: number;
  position: number;
  ref: RecordRef;
  record: SourceRecord;
  /** Same text ⇔ identical apart from bookkeeping (ID, origin, conflictsWith). */
  content: string;
  /** Full text, for deterministic tie-breaks. */
  full: string;
}

/** Fields that record where a record came from, not what it says. */
const BOOKKEEPING_FIELDS = ["id", "origin", "conflictsWith"] as const;

function contentOf(record: SourceRecord): string {
  const content: Record<string, unknown> = { ...record };
  for (const field of BOOKKEEPING_FIELDS) content[field] = undefined;
  return canonicalJson(content);
}

function entriesOf(inputs: readonly MergeInput[]): Entry[] {
  return inputs.flatMap(({ owner, inventory }, input) =>
    inventory.records.map((record, position) => ({
      input,
      position,
      ref: { owner, id: record.id },
      record,
      content: contentOf(record),
      full: canonicalJson(record),
    })),
  );
}

function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string | number,
): Map<string | number, T[]> {
  const groups = new Map<string | number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Sort key for one input's copies of a class: most copies first, then by owner and content. */
function keeperRank(copies: readonly Entry[]): string {
  const first = copies[0];
  return canonicalJson([-copies.length, first?.ref.owner ?? "", copies.map((c) => c.full).sort()]);
}

/** Keeps the copies of the input holding the most; reports the others as duplicates. */
function resolveDuplicates(entries: readonly Entry[]) {
  const kept: Entry[] = [];
  const duplicates: DuplicateGroup[] = [];
  const inputsOfClass = new Map<string, Set<number>>();
  for (const [content, members] of groupBy(entries, (e) => e.content)) {
    const byInput = [...groupBy(members, (e) => e.input).values()];
    byInput.sort((a, b) => compareText(keeperRank(a), keeperRank(b)));
    const keepers = byInput[0] ?? [];
    kept.push(...keepers);
    inputsOfClass.set(String(content), new Set(members.map((e) => e.input)));
    const dropped = byInput.slice(1).flat();
    if (dropped.length > 0) {
      duplicates.push({
        kept: keepers.map((e) => e.ref).sort(compareRefs),
        dropped: dropped.map((e) => e.ref).sort(compareRefs),
      });
    }
  }
  duplicates.sort((a, b) => compareText(canonicalJson(a), canonicalJson(b)));
  return { kept, duplicates, inputsOfClass };
}

/**
 * Pairs of kept entries that conflict ("same thing, different content, not held side by side by
 * one input"), and the groups they link.
 */
function findConflicts(
  kept: readonly Entry[],
  inputsOfClass: ReadonlyMap<string, ReadonlySet<number>>,
) {
  const neighbours = new Map<Entry, Set<Entry>>();
  const link = (a: Entry, b: Entry) => {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  };
  const parent = kept.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const heldTogether = (a: Entry, b: Entry) => {
    const inputsA = inputsOfClass.get(a.content);
    return [...(inputsOfClass.get(b.content) ?? [])].some((input) => inputsA?.has(input));
  };
  const buckets = new Map<string, number[]>();
  kept.forEach((entry, index) => {
    for (const key of [
      `loc:${locationKey(entry.record.location)}`,
      ...seriesKeys(entry.record).map((k) => `series:${k}`),
    ]) {
      buckets.set(key, [...(buckets.get(key) ?? []), index]);
    }
  });
  for (const members of buckets.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = kept[members[i] ?? 0];
        const b = kept[members[j] ?? 0];
        if (a === undefined || b === undefined || a.content === b.content || heldTogether(a, b))
          continue;
        if (!describeSameThing(a.record, b.record)) continue;
        link(a, b);
        parent[find(members[i] ?? 0)] = find(members[j] ?? 0);
      }
    }
  }
  const components = groupBy(
    kept.map((entry, index) => ({ entry, root: find(index) })),
    (item) => item.root,
  );
  const groups = [...components.values()]
    .filter((c) => c.length > 1)
    .map((c) => c.map((item) => item.entry));
  return { groups, neighbours };
}

/** Output IDs: the first holder (by owner, then content) keeps an ID; later ones become "id@owner". */
function assignIds(kept: readonly Entry[]): { idOf: Map<Entry, string>; renamed: RenamedRecord[] } {
  const idOf = new Map<Entry, string>();
  const renamed: RenamedRecord[] = [];
  const used = new Set(kept.map((e) => e.record.id));
  const byId = [...groupBy(kept, (e) => e.record.id).entries()].sort(([a], [b]) =>
    compareText(String(a), String(b)),
  );
  for (const [, holders] of byId) {
    holders.sort((a, b) => compareRefs(a.ref, b.ref) || compareText(a.full, b.full));
    holders.forEach((entry, index) => {
      if (index === 0) return idOf.set(entry, entry.record.id);
      let candidate = `${entry.record.id}@${entry.ref.owner}`;
      for (let n = 2; used.has(candidate); n++)
        candidate = `${entry.record.id}@${entry.ref.owner}-${n}`;
      used.add(candidate);
      idOf.set(entry, candidate);
      return renamed.push({ owner: entry.ref.owner, from: entry.record.id, to: candidate });
    });
  }
  renamed.sort(
    (a, b) =>
      compareRefs({ owner: a.owner, id: a.from }, { owner: b.owner, id: b.from }) ||
      compareText(a.to, b.to),
  );
  return { idOf, renamed };
}

export function mergeInventories(inputs: readonly MergeInput[]): MergeResult {
  const { kept, duplicates, inputsOfClass } = resolveDuplicates(entriesOf(inputs));
  kept.sort((a, b) => a.input - b.input || a.position - b.position);
  const { idOf, renamed } = assignIds(kept);

  const { groups, neighbours } = findConflicts(kept, inputsOfClass);
  const conflicts: ConflictGroup[] = groups.map((group) => {
    group.sort((a, b) => compareRefs(a.ref, b.ref) || compareText(a.full, b.full));
    return { records: group.map((e) => e.ref), differences: fieldDifferences(group) };
  });
  conflicts.sort((a, b) => compareText(canonicalJson(a.records), canonicalJson(b.records)));

  const records = kept.map((entry): SourceRecord => {
    const id = idOf.get(entry) ?? entry.record.id;
    const linked = neighbours.get(entry);
    if (linked === undefined)
      return id === entry.record.id ? entry.record : { ...entry.record, id };
    const marks = [...linked].map((other) => idOf.get(other) ?? other.record.id);
    const all = [...new Set([...(entry.record.conflictsWith ?? []), ...marks])].sort(compareText);
    return { ...entry.record, id, conflictsWith: all };
  });
  const owners = [
    ...new Set(inputs.map((input) => input.owner).filter((owner) => owner !== "")),
  ].sort(compareText);
  const inventory: Inventory = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    ...(owners.length === 0 ? {} : { owner: owners.join(", ") }),
    records,
  };
  return { inventory, duplicates, conflicts, renamed };
}
