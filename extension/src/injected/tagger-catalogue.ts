/** Injected before the tagger, as a task of its own: the first half of the catalogue's JSON. */
import { CATALOGUE_DATA_JSON_HEAD } from "@gapmap/catalog/data-json";
import { deliverCataloguePart } from "./catalogue-parts";

deliverCataloguePart("dataHead", CATALOGUE_DATA_JSON_HEAD);
