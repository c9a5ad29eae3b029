/** A catalogue indicator named in page text: what the tagging engine reports for each hit. */
import { z } from "zod";

export const mentionSchema = z.strictObject({
  /** The indicator the words name (the specific one when several share the words). */
  id: z.string(),
  /** The words exactly as the page has them. */
  text: z.string(),
  /** UTF-16 offsets into the original text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1 for an unambiguous catalogue phrase; lower when the words also name other indicators. */
  score: z.number().min(0).max(1),
  /** Every candidate indicator when the words are ambiguous (includes `id`). */
  alternatives: z.array(z.string()).optional(),
  /** The words are an inflected form of the catalogue phrase ("refugee" for "refugees"). */
  inflected: z.literal(true).optional(),
  /**
   * The words name a stock and a flow of the same people ("immigrants"): the other one, and
   * the period or time-point cue words of the sentence that chose `id` (none: catalogue order).
   */
  runnerUp: z
    .strictObject({
      id: z.string(),
      reason: z.literal("stock-or-flow"),
      cues: z.array(z.string()),
    })
    .optional(),
});
export type Mention = z.infer<typeof mentionSchema>;
