/**
 * Page one, the executive summary (score and scale, availability counts, key findings, the five
 * most urgent actions), and the documented charts that follow it.
 */
import { ImageRun, Paragraph } from "docx";
import { AVAILABILITIES } from "../gaps/gap-schema";
import { barChartSvg } from "./bar-chart-svg";
import { bullet, caption, heading, paragraph, textRun } from "./docx-blocks";
import { keyFindings } from "./key-findings";
import { producerSupply, reportCharts } from "./report-charts";
import type { ReportContext } from "./report-context";
import { urgentActions } from "./urgent-actions";

/** Draws an SVG as PNG bytes at the given pixel size (the fallback Word shows without SVG). */
export type Rasterise = (svg: string, width: number, height: number) => Promise<Uint8Array>;

/** Charts print 6 inches wide at most (96 px to the inch, as docx sizes images). */
const CHART_WIDTH_PX = 576;
/** PNG fallbacks are drawn at 1.5 times the printed size (144 dpi): sharp on paper, quick to draw. */
const PNG_SCALE = 1.5;

type Block = Paragraph;

export function executiveSummary(context: ReportContext): Block[] {
  const { assessment, strings, inventory } = context;
  const score = Math.round(assessment.summary.overall);
  const availability = AVAILABILITIES.map((a) => context.name("availability", a));
  const findings = keyFindings({
    assessment,
    records: inventory.records,
    catalogue: context.catalogue,
    strings,
    name: context.name,
  });
  const actions = urgentActions(assessment);
  return [
    heading(strings.executiveSummary, 1),
    new Paragraph({
      spacing: { after: 60 },
      children: [
        textRun({ text: `${strings.overallScore}: ${score} / 100`, bold: true, size: 30 }),
      ],
    }),
    paragraph(strings.scale, { italics: true, size: 18 }),
    heading(strings.availabilityHeading, 2),
    context.table(
      availability,
      [AVAILABILITIES.map((a) => String(assessment.summary.availability[a]))],
      [0.25, 0.25, 0.25, 0.25],
    ),
    heading(strings.keyFindings, 2),
    ...findings.map(bullet),
    heading(strings.urgentActions, 2),
    ...(actions.length === 0
      ? [paragraph(strings.noActions)]
      : actions.map((planned, i) => {
          const row = assessment.rows.find((r) => r.indicator === planned.indicator);
          const action = row === undefined ? planned : context.action(row, planned);
          return paragraph(
            `${i + 1}. ${action.title} — ${context.name("indicator", action.indicator)} (${action.responsibleAgency}; ${action.timeline}, ${action.targetYear})`,
            { after: 60 },
          );
        })),
  ];
}

export async function chartsSection(
  context: ReportContext,
  rasterise: Rasterise,
): Promise<Block[]> {
  const { assessment, inventory, strings } = context;
  const supply = producerSupply(assessment, inventory, context.catalogue, strings.unknownProducer);
  const charts = reportCharts(assessment, supply, strings, context.name);
  const blocks: Block[] = [heading(strings.chartsHeading, 1, { pageBreakBefore: true })];
  const sourceLine = strings.sourceLine(
    inventory.records.length,
    assessment.profile.name,
    assessment.catalogueVersion,
    assessment.date,
  );
  let figure = 0;
  for (const chart of charts) {
    figure += 1;
    const drawn = barChartSvg(chart.spec);
    const png = await rasterise(drawn.svg, drawn.width * PNG_SCALE, drawn.height * PNG_SCALE);
    const ratio = Math.min(1, CHART_WIDTH_PX / drawn.width);
    blocks.push(
      caption(strings.figure(figure, chart.title), true),
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: "svg",
            data: new TextEncoder().encode(drawn.svg),
            fallback: { type: "png", data: png },
            transformation: {
              width: Math.round(drawn.width * ratio),
              height: Math.round(drawn.height * ratio),
            },
            altText: {
              name: `figure-${figure}`,
              title: chart.title,
              description: chart.spec.description,
            },
          }),
        ],
      }),
      caption(sourceLine, false),
    );
  }
  if (supply.length === 0) blocks.push(paragraph(strings.chartNoProducers, { italics: true }));
  return blocks;
}
