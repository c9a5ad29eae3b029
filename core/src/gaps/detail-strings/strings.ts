/** What each language must say to explain a gap (see gap-message.ts for the messages). */
import type {
  ACCESS_LEVELS,
  GEOGRAPHY_LEVELS,
  PERIODICITIES,
  QUALITY_FLAGS,
} from "../../inventory/source-record";
import type { ComparedField } from "../definition-labels";
import type { OpennessElement } from "../gap-message";

type Periodicity = (typeof PERIODICITIES)[number];
type Geography = (typeof GEOGRAPHY_LEVELS)[number];
type Access = (typeof ACCESS_LEVELS)[number];
type QualityFlag = (typeof QUALITY_FLAGS)[number];
type Frequency = "monthly" | "quarterly" | "annual" | "multi-year";

export interface GapDetailStrings {
  dataNone: string;
  dataProxy: string;
  dataAvailable: string;
  disaggregationMet: string;
  disaggregationMissing: (list: string) => string;
  reportingUnknown: (needed: string) => string;
  reportingMet: (published: string) => string;
  reportingShort: (published: string, needed: string) => string;
  /** Years arrive as plain digits (no grouping): "2023", never "2 023". */
  timelinessNoYears: (needed: string) => string;
  timelinessMet: (latest: string) => string;
  timelinessLate: (latest: string, needed: string) => string;
  geographicNone: (needed: string) => string;
  geographicMet: (available: string) => string;
  geographicShort: (available: string, needed: string) => string;
  definitionNoStandard: string;
  definitionStandard: string;
  definitionUndocumented: string;
  definitionDiffers: (list: string) => string;
  deviationField: (label: string, record: string, standard: string, source: string) => string;
  /** `criterion` is left out where the catalogue has it only in another language. */
  deviationVariant: (label: string, criterion: string | undefined) => string;
  recordsNone: string;
  accessPublic: string;
  accessLevel: (access: string) => string;
  opennessUndocumented: string;
  opennessMet: string;
  opennessLacks: (list: string) => string;
  partly: (label: string) => string;
  qualityMet: string;
  qualityFlags: (list: string) => string;
  periodicity: (code: Periodicity) => string;
  frequency: (code: Frequency) => string;
  geography: (code: Geography) => string;
  access: (code: Access) => string;
  qualityFlag: (code: QualityFlag) => string;
  opennessElement: Record<OpennessElement, string>;
  fieldLabel: Record<ComparedField, string>;
  paramValue: Readonly<Record<string, string>>;
  months: (n: number) => string;
  citizensIncluded: string;
  citizensExcluded: string;
  /** A list of words ("sex, age"), with the language's own conjunction where it has one. */
  list: (items: readonly string[]) => string;
  deviationList: (items: readonly string[]) => string;
}
