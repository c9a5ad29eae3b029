/**
 * Derived blocks ("Change (%)" under a table) as facts: on the block, the table it restates;
 * on that table, the blocks it holds. A block is not a table to record on its own.
 */
import { Text } from "@fluentui/react-components";
import type { ScanTable } from "@gapmap/core";
import { useI18n } from "../i18n-context";

type DerivedKind = NonNullable<NonNullable<ScanTable["detail"]>["derivedOf"]>["kind"];

export function DerivedFacts(props: { table: ScanTable }) {
  const { t, labelled } = useI18n();
  const kindName = (kind: DerivedKind) =>
    kind === "change" ? t("derivedChange") : t("derivedDistribution");
  const of = props.table.detail?.derivedOf;
  if (of)
    return (
      <Text size={200} block data-testid="derived-of">
        {t("derivedOf", { range: of.range, kind: kindName(of.kind), label: of.label })}
      </Text>
    );
  const blocks = props.table.detail?.derived ?? [];
  if (blocks.length === 0) return null;
  const list = blocks.map((b) => `“${b.label}” (${kindName(b.kind)}, ${b.range})`).join("; ");
  return (
    <Text size={200} block data-testid="derived-blocks">
      {labelled(t("derivedBlocks"), list)}
    </Text>
  );
}
