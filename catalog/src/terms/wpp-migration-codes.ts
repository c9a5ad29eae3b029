import type { ExtraTerms } from "./extra-terms";

/*
 * The data sets of the R package wpp2015BayesMig, which ship the UN's net migration estimates
 * and their probabilistic projections (Azose, Ševčíková and Raftery 2016) as one text file each,
 * named by code alone: "migproj.txt" holds the median projection of net migration (thousands)
 * and "mrateproj.txt" the median net migration rate (per thousand). Codes, matched whole: the
 * "80l"/"95u" files are the bounds of the same series under longer codes.
 */
const WPP2015_BAYESMIG =
  "R package wpp2015BayesMig, man/migration.Rd (PPgp/wpp2015BayesMig @ 6bbc6de7bd7eed7f708d217aee2493bf4b42c83d): «Dataset migproj contains the median projection of net migration. Dataset mrateproj contains the median of annual net migration rate per thousand population»";

const code = (text: string) => ({
  text,
  kind: "code" as const,
  verified: true as const,
  source: WPP2015_BAYESMIG,
});

export const wppMigrationCodeTerms: ExtraTerms = {
  "flow-net-migration": { en: [code("migproj"), code("mrateproj")] },
};
