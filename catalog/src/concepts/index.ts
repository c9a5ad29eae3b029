import type { z } from "zod";
import type { conceptSchema } from "@gapmap/core";
import { flowConcepts } from "./flows";
import { labourConcepts } from "./labour";
import { populationConcepts } from "./population";
import { protectionConcepts } from "./protection";
import { remittanceConcepts } from "./remittances";
import { residenceConcepts } from "./residence";

/** Concepts and definitions, with the standard that sets each and its known national variants. */
export const concepts: z.input<typeof conceptSchema>[] = [
  ...residenceConcepts,
  ...populationConcepts,
  ...flowConcepts,
  ...protectionConcepts,
  ...remittanceConcepts,
  ...labourConcepts,
];
