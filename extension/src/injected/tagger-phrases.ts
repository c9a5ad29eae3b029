/** Injected before the tagger, as a task of its own: the first half of the phrase rows. */
import { CATALOGUE_PHRASE_ROWS_HEAD, CATALOGUE_PHRASES_VERSION } from "@gapmap/catalog/phrases";
import { deliverCataloguePart } from "./catalogue-parts";

deliverCataloguePart("phrasesVersion", CATALOGUE_PHRASES_VERSION);
deliverCataloguePart("phraseRowsHead", CATALOGUE_PHRASE_ROWS_HEAD);
