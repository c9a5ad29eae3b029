import type { ExtraTerms } from "./extra-terms";

/*
 * Serbian official wording not yet in the catalogue. The Commissariat for Refugees and
 * Migration and UNHCR Serbia abbreviate internally displaced persons (from Kosovo and
 * Metohija) as «IRL», in tables and reports alike. The Statistical Office's staff call net
 * migration «миграторни салдо» beside the catalogue's «migracioni saldo».
 */

const UNHCR_RS =
  "UNHCR Srbija, «Interno raseljena lica» (unhcr.org/rs/interno-raseljena-lica): «… pomoć svima koji su pogođeni prisilnim raseljavanjem, uključujući i IRL … od 199.684 IRL koji su izbegli sa Kosova»; Komesarijat za izbeglice i migracije, «Stanje i potrebe interno raseljenih lica» (maj 2018), as reported by danas.rs: «IRL populaciju čini i 21.000 Roma»";
const RZS_KOROVIC =
  "Републички завод за статистику, помоћник директора П. Коровић (Танјуг, 22. 12. 2022, tip.rs): «када говоримо о унутрашњим и спољашњим миграцијама ми сада имамо само миграторни салдо»";

export const serbianOfficialTerms: ExtraTerms = {
  "stock-idps": {
    sr: [{ text: "IRL", kind: "acronym", verified: true, source: UNHCR_RS }],
  },
  "flow-net-migration": {
    sr: [
      { text: "migratorni saldo", verified: true, source: RZS_KOROVIC },
      { text: "миграторни салдо", verified: true, source: RZS_KOROVIC },
    ],
  },
};
