/** The report's own words in English; the other languages follow this shape. */
export const en = {
  title: (profile: string) => `Migration data gap report: ${profile}`,
  subtitle: (date: string, sources: number, catalogue: string) =>
    `${date} · ${sources} sources · catalogue ${catalogue}`,
  executiveSummary: "Executive summary",
  overallScore: "Overall score",
  scale:
    "0 means none of the needed data exists; 100 means every needed indicator is available with the breakdowns, frequency, timeliness, geography, definition, access and openness the profile asks for (ODIN-style scoring, Annex A).",
  availabilityHeading: "Availability of the needed indicators",
  keyFindings: "Key findings",
  urgentActions: "The five most urgent actions",
  noActions: "No action is needed: every element of every indicator is met.",
  chartsHeading: "Scores and availability",
  figure: (n: number, title: string) => `Figure ${n}. ${title}`,
  chartBySection: "Score by Migration Profile section (0–100)",
  chartByArea: "Score by policy area (0–100)",
  chartByProducer: "Needed indicators each producer supplies, by availability",
  chartNoProducers: "No source is recorded yet, so no producer supplies any needed indicator.",
  sourceLine: (sources: number, profile: string, catalogue: string, date: string) =>
    `Source: Gapmap assessment of ${sources} sources against “${profile}”; catalogue ${catalogue}; ${date}.`,
  sectionsHeading: "Indicators by part of the Migration Profile",
  indicator: "Indicator",
  availability: "Availability",
  mainGap: "Main gap",
  source: "Source",
  noGap: "none",
  noSource: "no source",
  moreSources: (n: number) => `and ${n} more`,
  actionPlanHeading: "Action plan by responsible agency",
  action: "Action",
  priority: "Priority",
  timeline: "Timeline",
  targetYear: "Target year",
  progressHeading: "Progress since the previous edition",
  progressSummary: (previous: string, closed: number, opened: number, changed: number) =>
    `Since the edition of ${previous}: ${closed} gaps closed, ${opened} opened, ${changed} changed.`,
  gapsClosed: "Gaps closed",
  gapsOpened: "Gaps opened",
  gapsChanged: "Gaps changed",
  gapType: "Gap",
  change: "Change",
  scoreChanges: "Score changes",
  scoreBefore: "Before",
  scoreAfter: "Now",
  none: "None.",
  annexMethod: "Annex A. Method",
  methodIntro: (profile: string, preset: string, year: number, count: number) =>
    `Needs: “${profile}” (${preset}), reference year ${year}, ${count} indicators. Each indicator scores 0–100: every element is fully met (1 point), partly met (0.5) or not met (0), weighted as below. Sections, policy areas and the overall score are means of indicator scores weighted by priority.`,
  element: "Element",
  weight: "Weight",
  definitionsHeading: "Definitions",
  availabilityDefinitions: {
    available: "every required element (data, breakdowns, frequency, timeliness, geography) is met",
    partial: "a direct source exists but breakdowns, frequency, timeliness or geography fall short",
    "proxy-or-national-variant":
      "only proxies, or every documented source deviates from the standard definition",
    none: "no source carries the indicator",
  },
  annexSources: "Annex B. Sources",
  sourceId: "ID",
  producer: "Producer",
  years: "Years",
  access: "Access",
  /** A source's derived blocks ("Change (%)" under its table), listed under its title. */
  derivedBlocks: (list: string) => `Also holds, computed from the same figures: ${list}`,
  derivedKinds: { change: "change", distribution: "distribution" },
  noSources: "The inventory holds no source yet.",
  englishMark: "*",
  englishNote: "* In English: the catalogue has no name in this language yet.",
  unknownProducer: "Producer not recorded",
  otherProducers: (n: number) => `${n} other producers`,
  pageOf: ["Page ", " of "] as readonly [string, string],
  findings: {
    coverage: (n: number, total: number, available: number) =>
      `${n} of the ${total} needed indicators have at least one source; ${available} are fully available.`,
    emptyInventory: (needed: number) =>
      `The inventory is empty: no source has been recorded, so all ${needed} needed indicators are data gaps.`,
    uncoveredAll: (sections: number) => `No source covers any of the ${sections} sections.`,
    uncoveredSections: (list: string) => `No source covers ${list}.`,
    sectionCount: (name: string, n: number) => `${name} (${n} indicators)`,
    onlyInternational: (section: string, sources: string) =>
      `${section} is known only from international or destination countries' data (${sources}).`,
    highPriority: (missing: number, total: number) =>
      `${missing} of the ${total} high-priority indicators have no source.`,
    commonGap: (gap: string, n: number, covered: number) =>
      `${gap} is the most common gap: it affects ${n} of the ${covered} indicators that have data.`,
    missingBreakdown: (dimension: string, n: number) =>
      ` The breakdown most often missing is ${dimension} (${n} indicators).`,
    outdated: (n: number) => `For ${n} indicators the latest data is older than the profile needs.`,
    definitions: (n: number) =>
      `${n} indicators rest only on national definitions that differ from the international standard.`,
    range: (best: string, bestScore: number, worst: string, worstScore: number) =>
      `Scores range from ${bestScore}/100 for ${best} to ${worstScore}/100 for ${worst}.`,
    notPublic: (n: number, total: number) =>
      `${n} of the ${total} sources are not public (on request or restricted).`,
  },
  process: {
    heading: "Annex C. The profile's process",
    intro: (total: number, done: number, inProgress: number) =>
      `The ${total} steps of IOM's guidance note “Migration Profiles: Making the Most of the Process” (2011), in three stages: ${done} done, ${inProgress} in progress. Gapmap follows three steps by itself (existing evidence, new evidence, validation of content); a status it set is marked as such.`,
    notRecorded:
      "The profile's process has not been recorded: none of the 15 steps of IOM's guidance note has an owner, dates or a status yet.",
    number: "No.",
    step: "Step",
    owner: "Owner",
    start: "Start",
    due: "Due",
    status: "Status",
    notes: "Notes",
    setByGapmap: "set by Gapmap",
    requestsHeading: "Data requests to agencies",
    requestsIntro: (requested: number, needed: number) =>
      `${requested} of the ${needed} needed indicators have been requested from an agency.`,
    state: "State",
    indicators: "Indicators",
    questionsHeading: "Indicators returned with questions",
    agency: "Agency",
    questionsOn: "Date",
    questions: "Questions",
    noQuestions: "No indicator was returned with questions.",
  },
};

export type ReportStrings = typeof en;
