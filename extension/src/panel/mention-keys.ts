/**
 * Keyboard path to the indicator card (page highlights cannot take focus): in the side panel's
 * indicator list, Up/Down move between indicators and Left/Right step through one indicator's
 * mentions on the page; each step opens the card there.
 */

export interface MentionCursor {
  /** Index in the indicator list. */
  item: number;
  /** Which mention of that indicator (0-based; wraps around its count). */
  occurrence: number;
}

/** The cursor after a key, or undefined when the key is not ours. */
export function stepMentionCursor(
  cursor: MentionCursor,
  key: string,
  counts: readonly number[],
): MentionCursor | undefined {
  const items = counts.length;
  if (items === 0) return undefined;
  const count = Math.max(1, counts[cursor.item] ?? 1);
  switch (key) {
    case "ArrowDown":
      return { item: (cursor.item + 1) % items, occurrence: 0 };
    case "ArrowUp":
      return { item: (cursor.item - 1 + items) % items, occurrence: 0 };
    case "ArrowRight":
      return { item: cursor.item, occurrence: (cursor.occurrence + 1) % count };
    case "ArrowLeft":
      return { item: cursor.item, occurrence: (cursor.occurrence - 1 + count) % count };
    case "Home":
      return { item: 0, occurrence: 0 };
    case "End":
      return { item: items - 1, occurrence: 0 };
    default:
      return undefined;
  }
}
