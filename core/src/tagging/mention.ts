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
});
export type Mention = z.infer<typeof mentionSchema>;
