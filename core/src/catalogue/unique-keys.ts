/** A zod refinement step shared by schemas whose list entries must be unique by one key. */
import type { z } from "zod";

/** Adds one issue at `[...path, index, keyName]` for every entry whose key was seen before. */
export function addDuplicateIssues<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  path: readonly (string | number)[],
  keyName: string,
  keyOf: (item: T) => string,
  message: (key: string) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key))
      ctx.addIssue({ code: "custom", path: [...path, index, keyName], message: message(key) });
    seen.add(key);
  });
}
