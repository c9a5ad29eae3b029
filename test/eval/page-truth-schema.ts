/**
 * The truth of one corpus page (corpus/truth/<id>.json), written before the tagger ran on it:
 * the indicators the page reports (what a reader would want tagged), and the extras that are
 * fair to tag but not required (context figures, a passing mention).
 */
import { z } from "zod";

export const pageTruthSchema = z
  .strictObject({
    id: z.string().min(1),
    kind: z.literal("page"),
    /** What the page is, in a few words, for the person reading a failure. */
    about: z.string().min(1),
    /** Catalogue indicator IDs the page reports; empty for a page that reports none. */
    wanted: z.array(z.string().min(1)),
    /** Indicator IDs that are fair to tag too; tagging them is neither a hit nor an error. */
    acceptable: z.array(z.string().min(1)),
    note: z.string().optional(),
  })
  .refine(
    (t) => t.wanted.every((id) => !t.acceptable.includes(id)),
    "an indicator is either wanted or acceptable, not both",
  );
export type PageTruth = z.infer<typeof pageTruthSchema>;
