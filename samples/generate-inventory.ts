/**
 * Writes samples/inventory.csv: sources a Technical Working Group listed by hand (web tables,
 * registers, a survey), in the inventory's CSV format. Together with the sample workbooks it
 * feeds `npm start`. Regenerate with `npx tsx samples/generate-inventory.ts`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  INVENTORY_SCHEMA_VERSION,
  inventorySchema,
  toCsv,
  type SourceRecordInput,
} from "@gapmap/core";

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const openWeb = {
  machineReadable: true,
  nonProprietary: true,
  downloadOptions: ["bulk", "api"] as ("bulk" | "api")[],
  metadata: true,
  openLicence: true,
  format: "CSV",
};

const records: SourceRecordInput[] = [
  {
    id: "wdi-net-migration",
    indicators: ["flow-net-migration"],
    location: {
      kind: "web",
      url: "https://data.worldbank.org/indicator/SM.POP.NETM",
      title: "Net migration",
      selectors: [],
    },
    producer: "World Bank",
    sourceType: "world-bank-wdi",
    years: range(1990, 2023),
    periodicity: "annual",
    breakdowns: [],
    geography: "national",
    definition: { concept: "net-migration", variant: "demographic-residual" },
    openness: openWeb,
    access: "public",
    quality: ["estimate"],
    origin: "template",
  },
  {
    id: "unhcr-refugees-hosted",
    indicators: ["stock-refugees-hosted", "stock-asylum-seekers"],
    location: {
      kind: "web",
      url: "https://www.unhcr.org/refugee-statistics/download/",
      title: "Refugee Data Finder",
      selectors: [],
    },
    producer: "UNHCR",
    sourceType: "unhcr",
    years: range(2000, 2023),
    periodicity: "annual",
    breakdowns: [{ kind: "country", role: "origin" }, { kind: "sex" }, { kind: "age" }],
    geography: "national",
    openness: openWeb,
    access: "public",
    quality: [],
    origin: "extension",
  },
  {
    id: "lfs-migrant-module",
    indicators: ["labour-unemployment-rate-by-status", "labour-employment-rate-by-status"],
    location: {
      kind: "other",
      description: "Labour Force Survey microdata, National Statistics Office (on request)",
    },
    producer: "National Statistics Office",
    sourceType: "lfs",
    years: [2019, 2020, 2021, 2022],
    periodicity: "annual",
    breakdowns: [{ kind: "sex" }, { kind: "age" }],
    geography: "national",
    openness: {
      machineReadable: true,
      nonProprietary: false,
      downloadOptions: [],
      metadata: false,
      openLicence: false,
      format: "SPSS",
    },
    access: "on-request",
    quality: [],
    notes:
      "Country of birth is asked only in the 2021 module; no migratory-status breakdown in the published tables.",
    origin: "template",
  },
  {
    id: "register-emigration",
    indicators: ["flow-emigration"],
    location: {
      kind: "workbook",
      file: "Population register extract 2023.xlsx",
      sheet: "Emigration",
      range: "A4:H60",
    },
    producer: "Ministry of Interior, Civil Registry",
    sourceType: "population-register",
    years: range(2015, 2023),
    periodicity: "annual",
    breakdowns: [{ kind: "sex" }, { kind: "age" }, { kind: "country", role: "destination" }],
    geography: "admin-1",
    definition: { concept: "emigration-flow", variant: "deregistration-based" },
    openness: {
      machineReadable: true,
      nonProprietary: false,
      downloadOptions: ["selection"],
      metadata: true,
      openLicence: false,
      format: "XLSX",
    },
    access: "restricted",
    quality: ["break-in-series"],
    notes:
      "Only people who deregister are counted; the 2020 change of register software breaks the series.",
    origin: "template",
  },
  {
    id: "undesa-ims-origin",
    indicators: ["stock-emigrants"],
    location: {
      kind: "web",
      url: "https://www.un.org/development/desa/pd/content/international-migrant-stock",
      title: "International Migrant Stock 2024",
      selectors: [],
    },
    producer: "UN DESA Population Division",
    sourceType: "un-desa-ims",
    years: [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024],
    periodicity: "multi-year",
    breakdowns: [{ kind: "sex" }, { kind: "country", role: "destination" }],
    geography: "national",
    openness: openWeb,
    access: "public",
    quality: ["modelled"],
    proxy: true,
    origin: "template",
  },
  {
    id: "border-crossings",
    indicators: ["flow-border-crossings"],
    location: {
      kind: "other",
      description: "Border police monthly entry/exit counts (PDF bulletin)",
    },
    producer: "Border Police",
    sourceType: "border-data",
    years: [2022, 2023],
    periodicity: "monthly",
    breakdowns: [{ kind: "country", role: "citizenship" }],
    geography: "national",
    openness: {
      machineReadable: false,
      nonProprietary: true,
      downloadOptions: [],
      metadata: false,
      openLicence: false,
      format: "PDF",
    },
    access: "public",
    quality: [],
    origin: "template",
  },
];

const inventory = inventorySchema.parse({
  schemaVersion: INVENTORY_SCHEMA_VERSION,
  owner: "Sample TWG",
  records,
});
const out = fileURLToPath(new URL("./inventory.csv", import.meta.url));
writeFileSync(out, toCsv(inventory));
console.log(`wrote samples/inventory.csv (${records.length} records)`);
