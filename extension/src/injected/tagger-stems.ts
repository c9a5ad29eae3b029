/** Injected before the tagger, as a task of its own: the stem map of the precomputed phrases. */
import { CATALOGUE_STEMS } from "@gapmap/catalog/phrases";
import { deliverCataloguePart } from "./catalogue-parts";

deliverCataloguePart("stems", CATALOGUE_STEMS);
