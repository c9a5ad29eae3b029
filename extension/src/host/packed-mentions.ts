/**
 * Mentions to and from the parallel-array form the engine host sends them in (messages.ts
 * `packedMentionsSchema`): unpacking gives back objects equal to the ones packed.
 */
import type { Mention } from "@gapmap/core/tagging";
import type { PackedMentions } from "../platform/messages";

export function packMentions(mentions: readonly Mention[]): PackedMentions {
  const idIndex = new Map<string, number>();
  const indexOf = (id: string) => {
    let at = idIndex.get(id);
    if (at === undefined) idIndex.set(id, (at = idIndex.size));
    return at;
  };
  const packed: PackedMentions = {
    ids: [],
    id: [],
    start: [],
    end: [],
    score: [],
    text: [],
    inflected: [],
    alternatives: [],
    runnerUps: [],
  };
  mentions.forEach((m, at) => {
    packed.id.push(indexOf(m.id));
    packed.start.push(m.start);
    packed.end.push(m.end);
    packed.score.push(m.score);
    packed.text.push(m.text);
    if (m.inflected === true) packed.inflected.push(at);
    if (m.alternatives !== undefined) {
      packed.alternatives.push({ at, ids: m.alternatives.map(indexOf) });
    }
    if (m.runnerUp !== undefined) packed.runnerUps.push({ at, ...m.runnerUp });
  });
  packed.ids = [...idIndex.keys()];
  return packed;
}

/** The mentions back as objects; throws when the arrays disagree (a broken reply). */
export function unpackMentions(packed: PackedMentions): Mention[] {
  const count = packed.id.length;
  const { ids } = packed;
  if ([packed.start, packed.end, packed.score, packed.text].some((a) => a.length !== count)) {
    throw new Error("the packed mentions' arrays differ in length");
  }
  const idAt = (i: number): string => {
    const id = ids[i];
    if (id === undefined) throw new Error(`no indicator ID at ${i}`);
    return id;
  };
  const mentions: Mention[] = [];
  for (let i = 0; i < count; i++) {
    mentions.push({
      id: idAt(packed.id[i] ?? -1),
      text: packed.text[i] ?? "",
      start: packed.start[i] ?? 0,
      end: packed.end[i] ?? 0,
      score: packed.score[i] ?? 0,
    });
  }
  const at = (i: number): Mention => {
    const m = mentions[i];
    if (m === undefined) throw new Error(`no mention at ${i}`);
    return m;
  };
  for (const i of packed.inflected) at(i).inflected = true;
  for (const a of packed.alternatives) at(a.at).alternatives = a.ids.map(idAt);
  for (const { at: i, ...runnerUp } of packed.runnerUps) at(i).runnerUp = runnerUp;
  return mentions;
}
