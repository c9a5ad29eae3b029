/** The content script's reply to "describe-anchor": W3C selectors as the core schema defines them. */
import { webSelectorSchema } from "@gapmap/core/inventory";
import { z } from "zod";

export const anchorReplySchema = z.strictObject({ selectors: z.array(webSelectorSchema) });
