/** The text of the template's Instructions sheet: one [topic, explanation] pair per row. */
export const TEMPLATE_INSTRUCTIONS: readonly (readonly [string, string])[] = [
  [
    "Gapmap inventory template",
    "List every table, series or web page your institution publishes or holds, one per row of the Records sheet.",
  ],
  ["id", "Any short unique code (e.g. MOI-2024-03). Left empty, the row number is used."],
  ["title", "The table or page title, in any language."],
  [
    "indicators",
    'Catalogue indicator IDs from the drop-down (see the list below). For several, join them with "; ".',
  ],
  ["producer", "The institution that produces the data."],
  ["sourceType", "Kind of source, from the drop-down (census, register, survey...)."],
  ["years", "Years covered, e.g. 2010-2015; 2018."],
  ["lastUpdate", "Date of the last update, as YYYY-MM-DD."],
  ["periodicity", "How often the data are updated; left empty means unknown."],
  [
    "breakdowns",
    'Breakdowns joined by "; ", with an optional role after a colon: country:citizenship; sex; age.',
  ],
  ["geography, access", "Required: the finest geographic level, and who can get the data."],
  ["quality", 'Quality flags from the drop-down, joined by "; " if several.'],
  ["proxy", "true when the table carries the indicator only approximately."],
  ["origin", 'Leave empty: hand-filled rows are recorded as "template".'],
  [
    "location",
    "Where the data are: location.file and location.sheet (and location.range) for a workbook, location.url for a web page, or location.description otherwise.",
  ],
  ["definition, openness, selectors", "Advanced, JSON; leave empty unless you know the format."],
  ["About sheet", 'Write your institution\'s name next to "owner".'],
];
