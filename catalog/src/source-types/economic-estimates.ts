import type { SourceType } from "@gapmap/core";

/**
 * Compiled and modelled figures, plus the financial sources behind remittance and investment
 * indicators. Balance of payments and national accounts count as estimates here because they
 * combine records, surveys and models rather than count events directly.
 */
export const economicAndEstimateSourceTypes: SourceType[] = [
  {
    id: "estimates",
    name: "Indirect and modelled estimates",
    category: "estimate",
    producer: "National statistics office, researchers or international agencies",
    requestAgency: "National statistics office",
    periodicity: "Ad hoc",
    measures: ["stock", "flow"],
    strengths: [
      "The only figures where direct counting is impossible, e.g. irregular migrants",
      "Can combine several partial sources",
    ],
    blindSpots: [
      "Rest on assumptions that are often untestable",
      "Wide uncertainty, seldom published as a range",
    ],
    typicalDimensions: ["sex", "country"],
  },
  {
    id: "mirror-statistics",
    name: "Mirror statistics from destination countries",
    category: "estimate",
    producer: "Origin-country statistics office using destination-country data (or Eurostat, OECD)",
    requestAgency: "National statistics office",
    periodicity: "Annual",
    measures: ["flow", "stock"],
    strengths: [
      "Counts emigrants whom origin-country records miss",
      "Destination records are often more complete than deregistration",
    ],
    blindSpots: [
      "Each destination applies its own definitions",
      "Only the main destinations are covered, with a time lag",
    ],
    typicalDimensions: ["sex", "age", "country"],
  },
  {
    id: "demographic-accounting",
    name: "Demographic accounting (residual method)",
    category: "estimate",
    producer: "National statistics office",
    requestAgency: "National statistics office",
    periodicity: "Annual or between censuses",
    measures: ["flow"],
    strengths: [
      "Yields net migration when moves are not recorded",
      "Consistent with official population totals",
    ],
    blindSpots: [
      "Absorbs every census and register error into the migration figure",
      "A net balance only: no gross flows or characteristics",
    ],
    typicalDimensions: ["sex", "age", "region"],
  },
  {
    id: "balance-of-payments",
    name: "Balance of payments statistics",
    category: "estimate",
    producer: "Central bank, reporting to the IMF",
    requestAgency: "Central bank",
    periodicity: "Quarterly and annual",
    measures: ["money"],
    strengths: [
      "Official remittance figures on BPM6 definitions; feed SDG 17.3.2",
      "Comparable across countries through IMF statistics",
    ],
    blindSpots: [
      "Informal channels and transfers in kind are poorly captured",
      "Breakdowns by partner country are often estimated",
    ],
    typicalDimensions: ["country", "time"],
  },
  {
    id: "central-bank",
    name: "Central bank transaction records and surveys",
    category: "administrative",
    producer: "Central bank",
    requestAgency: "Central bank",
    periodicity: "Monthly to annual",
    measures: ["money"],
    strengths: [
      "Transfers reported by banks and money transfer operators",
      "Foreign direct investment by country of the investor",
    ],
    blindSpots: [
      "Cannot tell diaspora senders or investors from others",
      "Cash carried by hand and informal transfers are missed",
    ],
    typicalDimensions: ["country", "time"],
  },
  {
    id: "national-accounts",
    name: "National accounts",
    category: "estimate",
    producer: "National statistics office",
    requestAgency: "National statistics office",
    periodicity: "Quarterly and annual",
    measures: ["money"],
    strengths: [
      "GDP and income totals used to scale migration indicators",
      "Compiled to the SNA 2008 standard",
    ],
    blindSpots: ["No breakdown by migratory status", "Revisions change ratios after publication"],
    typicalDimensions: ["region"],
  },
  {
    id: "investment-agency",
    name: "Investment promotion agency records",
    category: "administrative",
    producer: "Investment promotion agency or ministry of economy",
    requestAgency: "Ministry of Economy",
    periodicity: "Annual",
    measures: ["money"],
    strengths: [
      "Tracks investment projects and investors, sometimes flagging diaspora investors",
      "Sector and region of each investment",
    ],
    blindSpots: ["Diaspora status of investors rarely recorded", "Covers registered projects only"],
    typicalDimensions: ["country", "region", "occupation"],
  },
];
