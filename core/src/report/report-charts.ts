/**
 * The report's three charts: scores by Migration Profile section, scores by policy area, and
 * the needed indicators each producer supplies, stacked by the indicators' availability.
 */
import type { Catalogue } from "../catalogue/schema";
import { AVAILABILITIES, type Availability } from "../gaps/gap-schema";
import type { Inventory } from "../inventory/source-record";
import type { Assessment } from "../matrix/assessment-schema";
import type { BarChartSpec } from "./bar-chart-svg";
import type { ReportStrings } from "./strings/index";

const SCORE_COLOUR = "#4472C4";
/** Green to red, as the workbook's traffic lights; "none" never occurs for a supplying producer. */
const AVAILABILITY_COLOURS: Record<Availability, string> = {
  available: "#2E7D32",
  partial: "#F9A825",
  "proxy-or-national-variant": "#EF6C00",
  none: "#C62828",
};
/** Producers charted one by one; the rest are summed in one bar. */
const MAX_PRODUCERS = 10;

export interface ReportChart {
  title: string;
  spec: BarChartSpec;
}

type Name = (kind: "section" | "policyArea" | "availability", id: string) => string;

export interface ProducerSupply {
  producer: string;
  counts: Record<Availability, number>;
}

/** Per producer, the needed indicators its records carry, counted by each indicator's availability. */
export function producerSupply(
  assessment: Assessment,
  inventory: Inventory,
  catalogue: Catalogue,
  unknownProducer: string,
): ProducerSupply[] {
  const typeProducer = new Map(catalogue.sourceTypes.map((t) => [t.id, t.producer]));
  const producerOf = new Map(
    inventory.records.map((r) => [
      r.id,
      r.producer ??
        (r.sourceType === undefined ? undefined : typeProducer.get(r.sourceType)) ??
        unknownProducer,
    ]),
  );
  const indicators = new Map<string, Map<string, Availability>>();
  for (const row of assessment.rows) {
    for (const id of row.recordIds) {
      const producer = producerOf.get(id) ?? unknownProducer;
      const supplied = indicators.get(producer) ?? new Map<string, Availability>();
      supplied.set(row.indicator, row.availability);
      indicators.set(producer, supplied);
    }
  }
  return [...indicators]
    .map(([producer, supplied]) => {
      const counts = Object.fromEntries(AVAILABILITIES.map((a) => [a, 0])) as Record<
        Availability,
        number
      >;
      for (const availability of supplied.values()) counts[availability] += 1;
      return { producer, counts };
    })
    .sort((a, b) => total(b) - total(a) || a.producer.localeCompare(b.producer));
}

function total(supply: ProducerSupply): number {
  return AVAILABILITIES.reduce((sum, a) => sum + supply.counts[a], 0);
}

function topProducers(supply: readonly ProducerSupply[], strings: ReportStrings): ProducerSupply[] {
  if (supply.length <= MAX_PRODUCERS) return [...supply];
  const shown = supply.slice(0, MAX_PRODUCERS - 1);
  const rest = supply.slice(MAX_PRODUCERS - 1);
  const counts = Object.fromEntries(
    AVAILABILITIES.map((a) => [a, rest.reduce((sum, s) => sum + s.counts[a], 0)]),
  ) as Record<Availability, number>;
  return [...shown, { producer: strings.otherProducers(rest.length), counts }];
}

export function reportCharts(
  assessment: Assessment,
  supply: readonly ProducerSupply[],
  strings: ReportStrings,
  name: Name,
): ReportChart[] {
  const charts: ReportChart[] = [
    {
      title: strings.chartBySection,
      spec: {
        labels: assessment.sections.map((s) => `${s.id} ${name("section", s.id)}`),
        series: [
          {
            name: strings.overallScore,
            colour: SCORE_COLOUR,
            values: assessment.sections.map((s) => s.score),
          },
        ],
        max: 100,
        valueLabels: true,
        description: strings.chartBySection,
      },
    },
    {
      title: strings.chartByArea,
      spec: {
        labels: assessment.areas.map((a) => name("policyArea", a.id)),
        series: [
          {
            name: strings.overallScore,
            colour: SCORE_COLOUR,
            values: assessment.areas.map((a) => a.score),
          },
        ],
        max: 100,
        valueLabels: true,
        description: strings.chartByArea,
      },
    },
  ];
  const shown = topProducers(supply, strings);
  if (shown.length > 0) {
    const most = Math.max(...shown.map(total));
    charts.push({
      title: strings.chartByProducer,
      spec: {
        labels: shown.map((s) => s.producer),
        series: AVAILABILITIES.filter((a) => a !== "none").map((a) => ({
          name: name("availability", a),
          colour: AVAILABILITY_COLOURS[a],
          values: shown.map((s) => s.counts[a]),
        })),
        // Round the axis up to a multiple of the tick count, so ticks fall on whole numbers.
        max: Math.max(5, Math.ceil(most / 5) * 5),
        valueLabels: true,
        description: strings.chartByProducer,
      },
    });
  }
  return charts;
}
