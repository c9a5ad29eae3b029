/** Injected before the tagger, as a task of its own: the catalogue's data as JSON text. */
import { CATALOGUE_DATA_JSON } from "@gapmap/catalog/data-json";
import { deliverDataJson } from "./catalogue-parts";

deliverDataJson(CATALOGUE_DATA_JSON);
