/**
 * Table detection, the heart of `gapmap scan`: finds the tables on a sheet and, for each, its
 * range, title, unit, header rows, row-label columns, breakdowns, periods, missing share and
 * the catalogue indicators its labels point to.
 */
import { columnLetters, rangeToA1 } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { TermIndex } from "../search/term-index";
import { profileColumns, mainLabelColumn, type ColumnProfile } from "./column-roles";
import { lastYearHeaderColumn, periodKey, periodsOfColumnHeaders } from "./column-periods";
import {
  dimensionOfRowLabels,
  dimensionsOfColumns,
  mergeDimensions,
  runsOfOtherKinds,
} from "./detect-dimensions";
import { dimensionsOfTitle, kindsFixedByMetadata } from "./announced-dimensions";
import { composeColumnHeaders } from "./header-labels";
import { findHeaderRows, type ColumnSpan } from "./header-rows";
import { isSeriesCodeRow } from "./series-code-row";
import {
  isIndicatorHeader,
  isMeasureNameColumn,
  isNoteColumn,
  kindNamedByHeader,
} from "./header-kinds";
import { characteristicsBreakdowns } from "./characteristics-column";
import { TopicCollector } from "./category-evidence";
import type { LabelSource } from "./match-indicators";
import { indicatorsOfTable } from "./table-indicators";
import { findInconsistencies } from "./inconsistencies";
import type { Period } from "./period-parse";
import { summarizePeriods } from "./period-summary";
import { MAX_SECTION_LABEL_CHARS, periodsAboveTable, periodsOfTimeColumn } from "./table-periods";
import { profileRows, type RowProfile } from "./row-profile";
import type { DetectedDimension, DetectedTable } from "./schema";
import { createSheetView, type SheetView } from "./sheet-view";
import { sideTables } from "./side-by-side";
import { yearsBorrowedFrom } from "./borrowed-years";
import { findBodyBlocks, type BodyBlock } from "./table-blocks";
import { splitAtTitleLines } from "./stacked-titles";
import { findRecordBlocks, isRecordTable } from "./record-tables";
import { readContext } from "./title-detect";
import { detectUnit, isUnitKey, unitInText } from "./unit-detect";
import {
  derivedColumns,
  derivedHeaderKind,
  derivedKindOf,
  derivedKindOfTitle,
  linkDerivedBlock,
  MAX_DERIVED_HEADER_CHARS,
} from "./derived-blocks";
import { keyColumnFacts } from "./eurostat-key-column";
import { periodsOfName } from "./name-periods";
import { periodsOfNotes } from "./notes-periods";
import { roleFromMeasures } from "./country-roles";

export interface DetectOptions {
  /** Term index to match indicators against (the surfaces pass the bundled catalogue's); null skips matching. */
  index: TermIndex | null;
  maxIndicators?: number;
  /**
   * The workbook's file name, as evidence like the sheet name ("Banco_Mundial_Desempleo.xls");
   * a CSV's only sheet already carries it.
   */
  fileName?: string;
  /**
   * Guess indicators for tables no phrase names (label-retrieval.ts); default true. A surface
   * that cannot show a guess as one (the extension's card) turns it off.
   */
  guesses?: boolean;
  /**
   * Text of the workbook's notes sheets ("Распределение иностранных подданных … по губерниям"
   * on a sheet of its own), evidence for a table whose own labels name nothing.
   */
  workbookNotes?: readonly string[];
}

/** A file name without folders and extension, or null when it says nothing the sheet name does not. */
export function fileNameEvidence(fileName: string | undefined, sheetName: string): string | null {
  if (fileName === undefined) return null;
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return base.trim() === "" || base.trim() === sheetName.trim() ? null : base;
}

/** A label column with this few distinct values is a constant ("Net migration"), read like a title. */
export const MAX_CONSTANT_LABEL_VALUES = 3;
/** Distinct values of an "Indicator Name" column read as evidence (a long export has many). */
export const MAX_INDICATOR_NAME_VALUES = 30;

function bodySpan(view: SheetView, bodyRows: readonly number[]): ColumnSpan {
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (const r of bodyRows) {
    const kinds = view.rowKinds(r);
    let c = 0;
    while (c < kinds.length && (kinds[c] ?? "empty") === "empty") c++;
    if (c === kinds.length) continue;
    left = Math.min(left, c);
    c = kinds.length - 1;
    while ((kinds[c] ?? "empty") === "empty") c--;
    right = Math.max(right, c);
  }
  return { left: Number.isFinite(left) ? left : 0, right: Math.max(right, 0) };
}

function range(span: ColumnSpan): number[] {
  return Array.from({ length: span.right - span.left + 1 }, (_, i) => span.left + i);
}

function labelColumnValues(view: SheetView, rows: readonly number[], c: number): string[] {
  return rows.map((r) => view.text(r, c)).filter((t) => t !== "");
}

function missingShareOf(
  view: SheetView,
  rows: readonly number[],
  columns: readonly ColumnProfile[],
): number {
  let total = 0;
  let missing = 0;
  for (const p of columns) {
    for (const r of rows) {
      total++;
      const k = view.rowKinds(r)[p.column] ?? "empty";
      if (k === "empty" || k === "missing") missing++;
    }
  }
  return total === 0 ? 0 : Math.round((missing / total) * 1000) / 1000;
}

const namesTime = (header: string) => kindNamedByHeader(header) === "time";

/** Country breakdowns whose header and title named no role take one from what is measured. */
function fillCountryRoles(dims: DetectedDimension[], measureTexts: readonly string[]): void {
  const unnamed = dims.filter((d) => d.kind === "country" && d.role === undefined);
  if (unnamed.length !== 1) return;
  const role = roleFromMeasures(measureTexts);
  const d = unnamed[0];
  if (d && role) d.role = role;
}

export function detectTables(grid: Grid, options: DetectOptions): DetectedTable[] {
  const view = createSheetView(grid);
  const rows = profileRows(view);
  const index = options.index ?? undefined;
  const tables: DetectedTable[] = [];
  const fromFile = fileNameEvidence(options.fileName, grid.name);
  let ceiling = 0;
  const dataBlocks = splitAtTitleLines(view, rows, findBodyBlocks(rows));
  const blocks = [...dataBlocks, ...findRecordBlocks(rows, dataBlocks)].sort(
    (a, b) => a.top - b.top,
  );
  const sheetView = view;
  const sheetRows = rows;
  /** `lender`: the sheet column naming the rows of a side table that has no row labels. */
  const detectBlock = (
    view: SheetView,
    rows: readonly RowProfile[],
    block: BodyBlock,
    lender?: number,
  ): void => {
    const bodyRows = range({ left: block.top, right: block.bottom }).filter(
      (r) => rows[r]?.type !== "blank",
    );
    const dataSpan = bodySpan(view, bodyRows);
    const headerRows = findHeaderRows(view, rows, block.top, dataSpan, ceiling);
    const span = { ...dataSpan, right: lastYearHeaderColumn(view, headerRows, dataSpan.right) };
    const top = headerRows[0] ?? block.top;
    const context = readContext(view, ceiling, top);

    const columns = range(span);
    const labelRows =
      headerRows.length > 1
        ? headerRows.filter((r) => !isSeriesCodeRow(view, r, span))
        : headerRows;
    const plainHeaders = composeColumnHeaders(view, labelRows, span, new Set());
    const plainLabel = (c: number) => plainHeaders[c - span.left]?.label ?? "";
    const profiles = profileColumns(view, bodyRows, columns, plainLabel);
    const fill = new Set(profiles.filter((p) => p.role !== "label").map((p) => p.column));
    const headers = composeColumnHeaders(view, labelRows, span, fill);
    const headerOf = (c: number) => headers[c - span.left];
    const valueProfiles = profiles.filter((p) => p.role === "value");
    const valueColumns = new Set(valueProfiles.map((p) => p.column));
    // Text beside numbers with no value column (a notes sheet with numbered notes) is no table,
    // unless its rows are case records, each counting one ("Hombre | Irán | 45-59 | 2013").
    if (
      valueProfiles.length === 0 &&
      !isRecordTable(profiles, bodyRows.length, (c) => headerOf(c)?.label ?? "")
    )
      return;
    // A "Definition" column describes the rows: not the rows' names, a breakdown nor evidence.
    const notes = new Set(
      profiles
        .filter(
          (p) =>
            p.role === "label" &&
            isNoteColumn(
              headerOf(p.column)?.label ?? "",
              labelColumnValues(view, bodyRows, p.column),
            ),
        )
        .map((p) => p.column),
    );
    const main = mainLabelColumn(profiles.filter((p) => !notes.has(p.column)));
    const labelProfiles = [
      ...(main ? [main] : []),
      ...profiles.filter((p) => p.role === "label" && p !== main),
    ];

    // A later table on the same sheet without a title of its own continues the sheet's title.
    const title = context.title ?? tables.at(-1)?.title ?? null;
    const titleText = title ?? "";
    const dims: DetectedDimension[] = [];
    const sources: LabelSource[] = [];
    const keyPeriods: Period[] = [];
    const valueHeaderLabels = headers.filter((h) => valueColumns.has(h.column)).map((h) => h.label);
    // "Sexe | Sexe - Total" all the way down: the title's "selon le sexe" is no breakdown here.
    const fixed = kindsFixedByMetadata(context.metadata);
    const topic = new TopicCollector();
    let mainLabels = { header: "", values: [] as string[] };
    for (const p of labelProfiles) {
      const header = headerOf(p.column)?.label ?? "";
      const values = labelColumnValues(view, bodyRows, p.column);
      if (notes.has(p.column)) continue;
      const named = p.distinctTexts <= 1 ? kindNamedByHeader(header) : undefined;
      if (named !== undefined) fixed.add(named);
      const keyFacts = keyColumnFacts(header, values, titleText, valueHeaderLabels);
      if (keyFacts) keyPeriods.push(...keyFacts.periods);
      const d = keyFacts
        ? keyFacts.dimensions
        : isMeasureNameColumn(header, values)
          ? undefined
          : (characteristicsBreakdowns(header, values) ??
            dimensionOfRowLabels({ header, values }, titleText));
      if (Array.isArray(d)) dims.push(...d);
      else {
        if (d) dims.push(d);
        dims.push(...runsOfOtherKinds(values, d));
      }
      if (header !== "") sources.push({ where: "header", text: header });
      const distinct = new Set(values);
      if (p === main && distinct.size <= MAX_INDICATOR_NAME_VALUES)
        mainLabels = { header, values: [...distinct] };
      const series = keyFacts !== undefined || isIndicatorHeader(header);
      topic.addLabelColumn(header, distinct, series, d !== undefined || named !== undefined);
      // An indicator column of a long-format table names what each row measures.
      if (
        p.distinctTexts <= MAX_CONSTANT_LABEL_VALUES ||
        (isIndicatorHeader(header) && distinct.size <= MAX_INDICATOR_NAME_VALUES)
      )
        for (const v of distinct) sources.push({ where: "labels", text: v });
    }
    const valueHeaders = headers.filter((h) => valueColumns.has(h.column));
    dims.push(
      ...dimensionsOfColumns(
        valueHeaders.map((h) => ({
          parts: h.parts.map((p) => p.text),
          leaf: h.parts.at(-1)?.text ?? "",
        })),
        titleText,
      ),
    );

    const hasData = (c: number) => {
      const p = profiles[c - span.left];
      return p !== undefined && p.numbers > 0;
    };
    fillCountryRoles(
      dims,
      [titleText, ...valueHeaders.map((h) => h.label)].filter((t) => t !== ""),
    );
    let periods = periodsOfColumnHeaders(
      headers,
      valueColumns,
      hasData,
      new Set(profiles.filter((p) => p.role === "empty").map((p) => p.column)),
    );
    const timeAcross = new Set(periods.map(periodKey)).size >= 2;
    if (timeAcross) dims.push({ kind: "time", source: "columns", examples: [] });
    const rowTime = dims.find((d) => d.kind === "time" && d.source === "rows");
    for (const p of labelProfiles)
      // A time column of one year ("TIME | 2013" down a long export) is no breakdown but dates the table.
      if (rowTime || (periods.length === 0 && namesTime(headerOf(p.column)?.label ?? "")))
        periods.push(...periodsOfTimeColumn(labelColumnValues(view, bodyRows, p.column)));
    if (lender !== undefined && !dims.some((d) => d.kind === "time")) {
      const lent = yearsBorrowedFrom(sheetView, lender, bodyRows, titleText);
      if (lent) {
        dims.push(lent.dimension);
        if (!timeAcross) periods = lent.periods;
      }
    }
    if (periods.length === 0) periods = keyPeriods;
    if (periods.length === 0)
      periods = periodsAboveTable(context.lines, title, tables[0]?.title ?? null);
    if (periods.length === 0) periods = periodsOfName(grid.name);
    if (periods.length === 0 && fromFile !== null) periods = periodsOfName(fromFile);
    if (periods.length === 0 && options.workbookNotes !== undefined)
      periods = periodsOfNotes(options.workbookNotes);
    dims.push(...dimensionsOfTitle(titleText).filter((d) => !fixed.has(d.kind)));

    const cornerTexts = headerRows.flatMap((r) =>
      labelProfiles.map((p) => view.text(r, p.column)).concat(view.text(r, span.left)),
    );
    const metadataUnitKey = Object.keys(context.metadata).find(isUnitKey);
    const unitFound =
      detectUnit({
        ...(metadataUnitKey === undefined
          ? {}
          : { metadataUnit: context.metadata[metadataUnitKey] ?? "" }),
        cornerTexts,
        title,
        headerLabels: valueHeaders.map((h) => h.label),
      }) ??
      context.lines
        .map(unitInText)
        .filter((u) => u !== undefined)
        .map((unit) => ({ unit, source: "title" as const }))[0];
    const unit = unitFound?.unit ?? null;

    if (title !== null) sources.push({ where: "title", text: title });
    sources.push({ where: "sheet", text: grid.name });
    if (fromFile !== null) sources.push({ where: "file", text: fromFile });
    if (unit !== null) sources.push({ where: "unit", text: unit });
    for (const h of valueHeaders) {
      sources.push({ where: "header", text: h.label });
      for (const part of h.parts) sources.push({ where: "header", text: part.text });
    }
    const indicators = index
      ? indicatorsOfTable(
          index,
          {
            sources,
            valueHeaders: valueHeaders.map((h) => h.label),
            topic: topic.topic(sources),
            workbookNotes: options.workbookNotes,
            // Years across and a few labels down: each row may be a series of its own.
            rowLabels: timeAcross ? mainLabels : undefined,
          },
          options,
        )
      : [];

    const table: DetectedTable = {
      sheet: grid.name,
      range: rangeToA1({ s: { r: top, c: span.left }, e: { r: block.bottom, c: span.right } }),
      title,
      unit,
      unitSource: unitFound?.source ?? null,
      headerRows: headerRows.map((r) => r + 1),
      labelColumns: labelProfiles.map((p) => columnLetters(p.column)),
      valueColumnCount: valueProfiles.length,
      bodyRowCount: bodyRows.length,
      indicators,
      dimensions: mergeDimensions(dims),
      periods: summarizePeriods(periods),
      missingShare: missingShareOf(view, bodyRows, valueProfiles),
      warnings: [...findInconsistencies({ sheetName: grid.name, title, unit })],
    };
    const columnFacts = derivedColumns(
      valueHeaders.map((h) => ({
        range: rangeToA1({ s: { r: top, c: h.column }, e: { r: block.bottom, c: h.column } }),
        // A band above may make the whole label long: "Refugees | Change (%)".
        // Side by side under a band: "Change in applications (%) | 2014" names its column from above.
        label:
          h.label.length <= MAX_DERIVED_HEADER_CHARS
            ? h.label
            : (h.parts.find((p) => derivedHeaderKind(p.text) !== undefined)?.text ??
              h.parts.at(-1)?.text ??
              ""),
      })),
    );
    if (columnFacts.length > 0) table.derived = columnFacts;
    // A short section label says so ("Change (%)", which may be read as the title), or a long
    // title that starts so ("Percentage change in applications by region, 2014–2015").
    const derivedLine = context.lines
      .map((l) => ({
        l,
        kind: l.length <= MAX_SECTION_LABEL_CHARS ? derivedKindOf(l) : derivedKindOfTitle(l),
      }))
      .find((x) => x.kind !== undefined);
    if (derivedLine?.kind !== undefined)
      linkDerivedBlock(table, tables, derivedLine.kind, derivedLine.l);
    tables.push(table);
  };
  for (const block of blocks) {
    // Tables side by side on the same rows are read one at a time, each through its columns.
    const sides = sideTables(sheetView, block);
    if (sides === undefined) detectBlock(sheetView, sheetRows, block);
    else for (const side of sides) detectBlock(side.view, side.rows, side.block, side.lender);
    ceiling = block.bottom + 1;
  }
  return tables;
}
