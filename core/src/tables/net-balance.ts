/**
 * A table named as a balance of migration counts net migration, whichever flow its name spells
 * out: «Баланс чистой иммиграции (иммиграция минус реэмиграция)», «Общий эмиграционный баланс»,
 * "immigration minus emigration", «saldo migratorio». The catalogue's phrases ("net migration",
 * «сальдо миграции») name the usual wordings; a balance or "net" word beside any migration-flow
 * noun or adjective names the rest, in any of them, so the flow the words also hold ("immigration")
 * is no longer the measure but a term of the difference.
 */
import { normalizeText } from "../text/normalize";
import { onFirstUse } from "../text/on-first-use";
import { WHERE_WEIGHT, type EvidenceWhere } from "./label-phrases";
import type { LabelSource } from "./match-indicators";
import type { IndicatorMatch } from "./schema";
import { stemKeySet } from "./stem-key-set";
import { memoizeByString } from "./string-memo";

export const NET_MIGRATION_ID = "flow-net-migration";

/** What a balance named in a table's own name weighs, as a share of the place's weight. */
export const NET_BALANCE_WEIGHT = 0.6;

/** Where a balance names the table itself (a body label is one category of many). */
const NAMING_PLACES: ReadonlySet<EvidenceWhere> = new Set(["title", "sheet", "file", "header"]);

/**
 * Words that make a count a difference (normalised; matched whole). "чист…" is the Russian
 * "net" in every case («чистой иммиграции»); "minus" joins two flows ("arrivals minus departures").
 */
const netWords = onFirstUse(
  () =>
    new Set(
      normalizeText(
        `net nette nets neto neta netos netas netto нетто нето balance saldo saldos solde soldes
  soldul баланс баланса балансе сальдо чистая чистой чистую чистый чистого чистом minus минус
  صافي`,
      ).split(" "),
    ),
);

/**
 * Nouns and adjectives of a migration flow (not of the people: "migrants" is a stock as often),
 * compared by stem in every language their script allows.
 */
const FLOW_WORDS = stemKeySet(
  `migration migrations migratory immigration emigration reemigration
  migratoire migratoires
  migracion migraciones migratorio migratoria inmigracion emigracion
  миграция миграции миграционный миграционного миграционное иммиграция иммиграции иммиграционный
  эмиграция эмиграции эмиграционный эмиграционного эмиграционное реэмиграция реэмиграции
  migratie migratiei migratoriu imigrare imigratie emigrare emigratie
  migracija migracije migracioni migraciona iseljavanje doseljavanje
  миграција миграције миграциони
  الهجرة هجرة`,
);

/** The words of a label that say it is a balance of migration, or none. */
const balanceWords = memoizeByString((text): readonly string[] => {
  const words = normalizeText(text).split(" ");
  const nets = netWords();
  const net = words.find((w) => nets.has(w));
  const flow = net === undefined ? undefined : words.find((w) => FLOW_WORDS.has(w));
  return net === undefined || flow === undefined ? [] : [net, flow];
});

/**
 * The matches with net migration first when a table's name is a balance of migration: with the
 * score of the best match if that is a flow the same name spelled (the difference is what the
 * name counts), else with the weight of the place that named it, in its order.
 */
export function withNetBalance(
  matches: readonly IndicatorMatch[],
  sources: readonly LabelSource[],
  isFlow: (id: string) => boolean,
): IndicatorMatch[] {
  let named: { source: LabelSource; words: readonly string[] } | undefined;
  for (const source of sources) {
    if (!NAMING_PLACES.has(source.where)) continue;
    const words = balanceWords(source.text);
    if (words.length === 0) continue;
    if (!named || WHERE_WEIGHT[source.where] > WHERE_WEIGHT[named.source.where])
      named = { source, words };
  }
  if (!named) return [...matches];
  const { source, words } = named;
  const own = NET_BALANCE_WEIGHT * WHERE_WEIGHT[source.where];
  const [first] = matches;
  const flowOfSameName =
    first !== undefined &&
    first.guess !== true &&
    isFlow(first.id) &&
    first.evidence.some((e) => e.text === source.text);
  const previous = matches.find((m) => m.id === NET_MIGRATION_ID);
  const score = Math.max(own, flowOfSameName ? first.score : 0, previous?.score ?? 0);
  // A catalogue phrase ("net migration") that named it already is its evidence.
  const evidence = previous?.evidence.some((e) => e.text === source.text)
    ? previous.evidence
    : [
        { where: source.where, text: source.text, matched: words.join(" "), words: [...words] },
        ...(previous?.evidence ?? []),
      ];
  const net: IndicatorMatch = {
    id: NET_MIGRATION_ID,
    score: Math.round(score * 1000) / 1000,
    evidence,
  };
  const rest = matches.filter((m) => m.id !== NET_MIGRATION_ID);
  const at = rest.findIndex((m) => m.score < score || (m.score === score && m === first));
  return at < 0 ? [...rest, net] : [...rest.slice(0, at), net, ...rest.slice(at)];
}
