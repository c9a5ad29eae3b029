/**
 * Derived blocks ("Change (%)", "Distribution by category") restate the table above them, so
 * they are no records of their own: the record of that table says it holds them, in its notes,
 * in one fixed form that the report reads back and shows in the reader's language.
 */
import { DERIVED_KINDS, type DerivedKind } from "../tables/schema";

export interface DerivedBlockFact {
  kind: DerivedKind;
  range: string;
  label: string;
}

const NOTE_START = "Derived blocks:";
// One block: `change A20:F30 "Change (%)"`; blocks are separated by "; ".
const BLOCK_RE = new RegExp(`(${DERIVED_KINDS.join("|")}) (\\S+) "((?:[^"\\\\]|\\\\.)*)"`, "g");

const quoted = (label: string) => label.replace(/["\\]/g, "\\$&");
const unquoted = (label: string) => label.replace(/\\(.)/g, "$1");

/** The sentence a record's notes carry for its derived blocks ("" for none). */
export function derivedNote(blocks: readonly DerivedBlockFact[]): string {
  if (blocks.length === 0) return "";
  const list = blocks.map((b) => `${b.kind} ${b.range} "${quoted(b.label)}"`).join("; ");
  return `${NOTE_START} ${list}.`;
}

/** The derived blocks a record's notes name (derivedNote's sentence), in order. */
export function derivedBlocksInNotes(notes: string | undefined): DerivedBlockFact[] {
  const at = notes?.indexOf(NOTE_START) ?? -1;
  if (notes === undefined || at < 0) return [];
  const out: DerivedBlockFact[] = [];
  for (const m of notes.slice(at + NOTE_START.length).matchAll(BLOCK_RE)) {
    const [, kind, range, label] = m;
    if (kind === undefined || range === undefined || label === undefined) continue;
    out.push({ kind: kind as DerivedKind, range, label: unquoted(label) });
  }
  return out;
}
