/** Injected before the tagger, as a task of its own: the second half of the phrase rows. */
import { CATALOGUE_PHRASE_ROWS_TAIL } from "@gapmap/catalog/phrases";
import { deliverCataloguePart } from "./catalogue-parts";

deliverCataloguePart("phraseRowsTail", CATALOGUE_PHRASE_ROWS_TAIL);
