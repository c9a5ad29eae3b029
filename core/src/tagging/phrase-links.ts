/**
 * Words a phrase may skip on a page besides function words: the auxiliary of a passive or a
 * perfect between a noun and its participle. "92.400 refugiados fueron reasentados" says what
 * «refugiados reasentados» names, and «réfugiés ont été réinstallés», "refugiați au fost
 * relocați" likewise; catalogue phrases hold the noun and the participle only. Tagging only: the
 * catalogue's own norms keep these words (core/src/text/stopwords.ts is the shared list).
 * Copulas of a predicate noun ("es", "is", "sont" before a noun) are left out: "los migrantes
 * son trabajadores" is not "trabajadores migrantes"; English passives put the participle after
 * the noun, so "refugees were resettled" is not "resettled refugees" and English has none here.
 * Normalised forms (normalizeText: lower case, no accents).
 */
import { STOPWORDS } from "../text/stopwords";

const AUXILIARIES = `
fue fueron ha han sido habia habian sera seran
ete ont etaient furent
fost au
были был была было
su bili bile bilo
`;

export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(
  AUXILIARIES.split(/\s+/).filter(Boolean),
);

/** Every word a page's phrase may skip inside it: function words and passive auxiliaries. */
export const SKIPPABLE_IN_PHRASE: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...PASSIVE_AUXILIARIES,
]);
