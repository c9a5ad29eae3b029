/**
 * The data-gap report as a .docx a TWG edits and pastes into its Migration Profile (docx
 * library, docs/decisions/0009): executive summary on page one, documented charts, indicator
 * tables per part, the action plan by agency, progress since the previous edition, annexes
 * (method, sources, and the profile's process with where its data requests stand).
 * Platform-free: bytes out; the PNG fallbacks of the SVG charts come from an injected rasteriser.
 */
import { Document, Footer, Header, Packer, PageNumber, Paragraph } from "docx";
import type { Catalogue } from "../catalogue/schema";
import type { Inventory } from "../inventory/source-record";
import { PAPER_POINTS, type PaperSize } from "../layout/paper";
import type { Assessment } from "../matrix/assessment-schema";
import { paragraph, textRun } from "./docx-blocks";
import { TABLE_SIZE, TABLE_TEXT_STYLE, TableSlots, tableXml } from "./raw-tables";
import { processAnnex } from "./process-annex";
import { actionPlan, annexes, partTables, progress } from "./report-body";
import { markingNames, reportActionTexts, type ReportContext } from "./report-context";
import { reportNames } from "./report-names";
import { chartsSection, executiveSummary, type Rasterise } from "./report-summary";
import { REPORT_STRINGS, type ReportLanguage } from "./strings/index";

export interface ReportOptions {
  catalogue: Catalogue;
  lang: ReportLanguage;
  paper: PaperSize;
  /** Draws the charts' PNG fallbacks: resvg in Node, a canvas in the browser. */
  rasterise: Rasterise;
  /** The previous edition, for "progress since the previous edition". */
  previous?: Assessment;
}

const TWIPS_PER_POINT = 20;
const MARGIN_TWIPS = 1134; // 2 cm
const BODY_SIZE = 20; // half-points: 10 pt
const FONT = "Calibri";

export const REPORT_MIME_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function assessmentToDocx(
  assessment: Assessment,
  inventory: Inventory,
  options: ReportOptions,
): Promise<Uint8Array> {
  const strings = REPORT_STRINGS[options.lang];
  const page = PAPER_POINTS[options.paper];
  const pageWidth = Math.round(page.width * TWIPS_PER_POINT);
  const pageHeight = Math.round(page.height * TWIPS_PER_POINT);
  const slots = new TableSlots();
  const names = markingNames(reportNames(options.catalogue, options.lang), strings);
  const context: ReportContext = {
    assessment,
    inventory,
    catalogue: options.catalogue,
    lang: options.lang,
    strings,
    ...names,
    table: (header, rows, shares) =>
      slots.add(tableXml(header, rows, shares, pageWidth - 2 * MARGIN_TWIPS)),
    ...(options.previous === undefined ? {} : { previous: options.previous }),
    action: reportActionTexts(options.catalogue, assessment, options.lang),
  };
  const summary = executiveSummary(context);
  const body = [
    ...(await chartsSection(context, options.rasterise)),
    ...partTables(context),
    ...actionPlan(context),
    ...progress(context),
    ...annexes(context),
    ...processAnnex(context),
  ];
  const title = [
    new Paragraph({
      spacing: { after: 60 },
      children: [textRun({ text: strings.title(assessment.profile.name), bold: true, size: 36 })],
    }),
    paragraph(
      strings.subtitle(assessment.date, inventory.records.length, assessment.catalogueVersion),
      {
        size: 18,
        after: names.usedEnglish() ? 0 : 120,
      },
    ),
    ...(names.usedEnglish() ? [paragraph(strings.englishNote, { italics: true, size: 16 })] : []),
  ];
  const document = new Document({
    creator: "Gapmap",
    title: strings.title(assessment.profile.name),
    styles: {
      default: { document: { run: { font: FONT, size: BODY_SIZE } } },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: "Table text",
          basedOn: "Normal",
          run: { size: TABLE_SIZE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: pageHeight },
            margin: {
              top: MARGIN_TWIPS,
              bottom: MARGIN_TWIPS,
              left: MARGIN_TWIPS,
              right: MARGIN_TWIPS,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              paragraph(`${assessment.profile.name} · ${assessment.date}`, { size: 16, after: 0 }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  textRun({
                    size: 16,
                    children: [
                      strings.pageOf[0],
                      PageNumber.CURRENT,
                      strings.pageOf[1],
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...title, ...summary, ...body],
      },
    ],
  });
  return slots.fill(new Uint8Array(await Packer.toArrayBuffer(document)));
}
