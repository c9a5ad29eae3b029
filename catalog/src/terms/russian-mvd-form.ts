import type { Language, TermInput } from "@gapmap/core";
import type { ExtraTerms } from "./extra-terms";

/*
 * The headers of the Russian interior ministry's form 2-РД, «Отдельные показатели миграционной
 * ситуации в Российской Федерации» (GUVM MVD, January–December 2016, sheets «САЙТ (2-РД
 * регионы)» and «САЙТ (2-РД страны)»), as the published workbook writes them; the copy read is
 * stst_2016.xls in GeorgyGol/rosstat_migration. Headers are matched folded (case, hyphenation
 * across lines: «Прожива-ет»), acronyms only in the form's own letter case. Both acronyms head
 * a column of decisions and one of holders: a flow and a stock, so each is ambiguous. Read again
 * in session 8 (columns 14–17 of both sheets: «Принято решений о выдаче РВП», «Прожива-ет по
 * РВП», «Принято решений о выдаче ВнЖ», «Прожива-ет по ВнЖ»).
 */

const MVD_2RD =
  "ГУВМ МВД России, форма 2-РД «Отдельные показатели миграционной ситуации в Российской Федерации» за январь–декабрь 2016 года (заголовки граф)";

/** Terms of the form, each verified against its headers. */
function header(...terms: (string | { text: string; ambiguous?: true; kind?: "acronym" })[]) {
  const ru: TermInput[] = terms.map((t) => ({
    ...(typeof t === "string" ? { text: t } : t),
    verified: true,
    source: MVD_2RD,
  }));
  return { ru } satisfies Partial<Record<Language, TermInput[]>>;
}

export const russianMvdFormTerms: ExtraTerms = {
  "flow-residence-permits": header(
    { text: "РВП", kind: "acronym", ambiguous: true },
    { text: "ВнЖ", kind: "acronym", ambiguous: true },
    "принято решений о выдаче РВП",
    "принято решений о выдаче ВнЖ",
    { text: "разрешения на временное проживание", ambiguous: true },
    { text: "виды на жительство", ambiguous: true },
  ),
  "stock-permit-holders": header(
    { text: "ВнЖ", kind: "acronym", ambiguous: true },
    { text: "РВП", kind: "acronym", ambiguous: true },
    "проживает по РВП",
    "проживает по ВнЖ",
  ),
  "flow-visas": header("оформлено виз", { text: "оформлено приглашений", ambiguous: true }),
  "flow-naturalisations": header("приобретение гражданства Российской Федерации"),
  // Registrations of stay as well as of residence: not the immigration flow alone.
  "flow-immigration": header({ text: "поставлено на миграционный учет", ambiguous: true }),
  "flow-emigration": header({ text: "снято с миграционного учета", ambiguous: true }),
};
