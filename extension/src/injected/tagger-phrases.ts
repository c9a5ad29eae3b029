/** Injected before the tagger, as a task of its own: the catalogue's precomputed phrases. */
import { CATALOGUE_PHRASES } from "@gapmap/catalog/phrases";
import { deliverPhrases } from "./catalogue-parts";

deliverPhrases(CATALOGUE_PHRASES);
