import type { ExtraTerms } from "./extra-terms";

/*
 * The Home Office's own names for what its Immigration system statistics count: passengers
 * arriving at the border («passenger arrivals», its admissions tables), returns it enforces
 * («enforced returns», beside voluntary ones), and the migrants detected crossing the English
 * Channel in small boats, a detected irregular crossing.
 */

const USER_GUIDE =
  "Home Office, «User Guide to: Immigration system statistics» (gov.uk/government/publications/user-guide-to-home-office-immigration-statistics--9/user-guide-to-immigration-statistics, updated 28 November 2024), 1.1 Statistics covered: «Passenger arrivals (admissions) – passenger arrivals; passengers refused entry at the border … Returns – enforced, voluntary and refused at port and subsequently departed returns»";
const SMALL_BOATS =
  "Home Office statistical data set «Migrants detected crossing the English Channel in small boats» (gov.uk/government/statistical-data-sets/migrants-detected-crossing-the-english-channel-in-small-boats), as listed in rvaughan/uk-migrant-data, README.md @ 12c2e862e33f330721412d29e55ac3304da6d5c1: «Daily small boat crossing data»";

export const ukHomeOfficeTerms: ExtraTerms = {
  "flow-border-crossings": {
    en: [{ text: "passenger arrivals", verified: true, source: USER_GUIDE }],
  },
  "flow-removals": {
    en: [{ text: "enforced returns", verified: true, source: USER_GUIDE }],
  },
  "flow-irregular-entries": {
    en: [
      { text: "small boat crossings", verified: true, source: SMALL_BOATS },
      {
        text: "migrants detected crossing the English Channel",
        verified: true,
        source: SMALL_BOATS,
      },
    ],
  },
};
