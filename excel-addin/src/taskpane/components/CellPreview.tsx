/** The first cells of a table, so the user recognises it without leaving the pane. */
import type { CellValue } from "@gapmap/core";
import { useI18n } from "../i18n-context";

function shown(value: CellValue, format: Intl.NumberFormat): string {
  if (value === null) return "";
  return typeof value === "number" ? format.format(value) : String(value);
}

export function CellPreview(props: { cells: readonly (readonly CellValue[])[]; label: string }) {
  const { language } = useI18n();
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (
    <table className="cell-preview" aria-label={props.label} data-testid="cell-preview">
      <tbody>
        {props.cells.map((row, r) => (
          <tr key={r}>
            {row.map((value, c) => {
              const text = shown(value, format);
              return (
                <td key={c} title={text}>
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
