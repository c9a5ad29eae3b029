/**
 * What a row label is, for deciding the breakdown a label column makes: a total, a
 * sub-national region, a country or other place, category words, a period. Each fact is
 * worked out only when asked for, and at most once per distinct label text.
 */
import { lookupPlace, type PlaceMatch } from "./country-names";
import { isTotalLabel, vocabKindsOf, type VocabKind } from "./dimension-vocab";
import { parsePeriods } from "./period-parse";
import { memoizeByString } from "./string-memo";
import { isSubnationalRegion } from "./subnational-regions";

export class LabelFacts {
  #total: boolean | undefined;
  #region: boolean | undefined;
  #place: PlaceMatch | null | undefined;
  #vocab: readonly VocabKind[] | undefined;
  #period: boolean | undefined;

  constructor(readonly label: string) {}

  get isTotal(): boolean {
    return (this.#total ??= isTotalLabel(this.label));
  }

  get isRegion(): boolean {
    return (this.#region ??= isSubnationalRegion(this.label));
  }

  get place(): PlaceMatch | undefined {
    // null marks "looked up, no place"; undefined "not looked up yet".
    if (this.#place === undefined) this.#place = lookupPlace(this.label) ?? null;
    return this.#place ?? undefined;
  }

  get vocabKinds(): readonly VocabKind[] {
    return (this.#vocab ??= vocabKindsOf(this.label));
  }

  get namesPeriod(): boolean {
    return (this.#period ??= parsePeriods(this.label).periods.length > 0);
  }
}

/** The facts of a label, shared by every column and sheet that has the same text. */
export const labelFacts: (label: string) => LabelFacts = memoizeByString(
  (label) => new LabelFacts(label),
);
