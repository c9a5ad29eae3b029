/** Injected before the tagger, as a task of its own: the second half of the catalogue's JSON. */
import { CATALOGUE_DATA_JSON_TAIL } from "@gapmap/catalog/data-json";
import { deliverCataloguePart } from "./catalogue-parts";

deliverCataloguePart("dataTail", CATALOGUE_DATA_JSON_TAIL);
