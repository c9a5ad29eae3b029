/** A minimal valid indicator for search tests: only the ID and synonyms vary. */
import type { IndicatorInput } from "../../catalogue/schema";

export function testIndicator(id: string, synonyms: IndicatorInput["synonyms"]): IndicatorInput {
  return {
    id,
    section: "A.2",
    name: id.replace(/-/g, " "),
    definition: "Test indicator.",
    measure: "flow",
    unitFamily: "persons",
    requiredDimensions: [],
    series: [],
    standards: [],
    concepts: [],
    sourceTypes: ["test"],
    themes: [],
    synonyms,
  };
}
