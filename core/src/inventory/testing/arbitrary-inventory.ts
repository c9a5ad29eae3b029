/**
 * fast-check generators of valid inventories for the property tests. Every generated value is
 * passed through the schema, so "valid" means exactly what the schema accepts.
 */
import fc from "fast-check";
import { DIMENSION_KINDS, DIMENSION_ROLES } from "../../catalogue/vocabulary";
import {
  ACCESS_LEVELS,
  GEOGRAPHY_LEVELS,
  inventorySchema,
  PERIODICITIES,
  portableTextSchema,
  QUALITY_FLAGS,
  RECORD_ORIGINS,
  type Inventory,
} from "../source-record";

/** Characters that break naive CSV, XML or list handling, plus other scripts. */
const TRICKY = [
  ",",
  '"',
  "\n",
  "\t",
  " ",
  ";",
  "; ",
  ":",
  "=",
  "-",
  "$",
  "{",
  "Ж",
  "ё",
  "ع",
  "ة",
  "😀",
  "é",
  "\u00A0",
];

export const textArb = (minLength = 0) =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 3 })), {
      minLength,
      maxLength: 8,
    })
    .map((parts) => parts.join(""))
    .filter((text) => text.length >= minLength && portableTextSchema.safeParse(text).success);

const idArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

const selectorArb = fc.oneof(
  fc.record(
    {
      type: fc.constant("TextQuoteSelector" as const),
      exact: textArb(),
      prefix: textArb(),
      suffix: textArb(),
    },
    { requiredKeys: ["type", "exact"] },
  ),
  fc.record({
    type: fc.constant("TextPositionSelector" as const),
    start: fc.nat(5000),
    end: fc.nat(5000),
  }),
  fc.record({ type: fc.constant("CssSelector" as const), value: textArb(1) }),
);

const locationArb = fc.oneof(
  fc.record(
    {
      kind: fc.constant("workbook" as const),
      file: textArb(1),
      sheet: textArb(),
      range: textArb(1),
    },
    { requiredKeys: ["kind", "file", "sheet"] },
  ),
  fc.record(
    {
      kind: fc.constant("web" as const),
      url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
      title: textArb(1),
      selectors: fc.array(selectorArb, { maxLength: 3 }),
    },
    { requiredKeys: ["kind", "url", "selectors"] },
  ),
  fc.record({ kind: fc.constant("other" as const), description: textArb(1) }),
);

const definitionArb = fc.record(
  {
    concept: idArb,
    variant: idArb,
    params: fc.record(
      {
        residenceThresholdMonths: fc.integer({ min: 1, max: 24 }),
        includesCitizens: fc.boolean(),
        note: fc.string(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const opennessArb = fc.record(
  {
    machineReadable: fc.boolean(),
    nonProprietary: fc.boolean(),
    downloadOptions: fc.subarray(["bulk", "selection", "api"] as const),
    metadata: fc.boolean(),
    openLicence: fc.boolean(),
    format: textArb(1),
  },
  {
    requiredKeys: [
      "machineReadable",
      "nonProprietary",
      "downloadOptions",
      "metadata",
      "openLicence",
    ],
  },
);

const isoDateArb = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export const recordArb = fc.record(
  {
    id: textArb(1),
    indicators: fc.array(idArb, { minLength: 1, maxLength: 3 }),
    location: locationArb,
    title: textArb(1),
    producer: textArb(1),
    sourceType: idArb,
    years: fc.array(fc.integer({ min: 1800, max: 2200 }), { maxLength: 12 }),
    lastUpdate: isoDateArb,
    periodicity: fc.constantFrom(...PERIODICITIES),
    breakdowns: fc.array(
      fc.record(
        { kind: fc.constantFrom(...DIMENSION_KINDS), role: fc.constantFrom(...DIMENSION_ROLES) },
        { requiredKeys: ["kind"] },
      ),
      { maxLength: 3 },
    ),
    geography: fc.constantFrom(...GEOGRAPHY_LEVELS),
    definition: definitionArb,
    openness: opennessArb,
    access: fc.constantFrom(...ACCESS_LEVELS),
    quality: fc.subarray([...QUALITY_FLAGS]),
    proxy: fc.boolean(),
    notes: textArb(1),
    conflictsWith: fc.array(textArb(1), { maxLength: 2 }),
    origin: fc.constantFrom(...RECORD_ORIGINS),
  },
  {
    requiredKeys: [
      "id",
      "indicators",
      "location",
      "years",
      "periodicity",
      "breakdowns",
      "geography",
      "access",
      "quality",
      "proxy",
      "origin",
    ],
  },
);

export const inventoryArb: fc.Arbitrary<Inventory> = fc
  .record(
    {
      owner: textArb(1),
      records: fc.uniqueArray(recordArb, { selector: (r) => r.id, maxLength: 6 }),
    },
    { requiredKeys: ["records"] },
  )
  .map((raw) => inventorySchema.safeParse({ schemaVersion: 1, ...raw }))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data);
