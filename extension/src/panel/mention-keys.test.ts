import { describe, expect, test } from "vitest";
import { stepMentionCursor } from "./mention-keys";

describe("keyboard steps through mentions", () => {
  const counts = [3, 1, 2];

  test("up and down move between indicators and wrap, starting at the first mention", () => {
    expect(stepMentionCursor({ item: 0, occurrence: 2 }, "ArrowDown", counts)).toEqual({
      item: 1,
      occurrence: 0,
    });
    expect(stepMentionCursor({ item: 0, occurrence: 0 }, "ArrowUp", counts)).toEqual({
      item: 2,
      occurrence: 0,
    });
    expect(stepMentionCursor({ item: 1, occurrence: 0 }, "End", counts)?.item).toBe(2);
  });

  test("left and right step through one indicator's mentions and wrap", () => {
    let cursor = { item: 0, occurrence: 0 };
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      cursor = stepMentionCursor(cursor, "ArrowRight", counts) ?? cursor;
      seen.push(cursor.occurrence);
    }
    expect(seen).toEqual([1, 2, 0, 1]);
    expect(stepMentionCursor({ item: 2, occurrence: 0 }, "ArrowLeft", counts)?.occurrence).toBe(1);
  });

  test("other keys and an empty list are not handled", () => {
    expect(stepMentionCursor({ item: 0, occurrence: 0 }, "a", counts)).toBeUndefined();
    expect(stepMentionCursor({ item: 0, occurrence: 0 }, "ArrowDown", [])).toBeUndefined();
  });
});
