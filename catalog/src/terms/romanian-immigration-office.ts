import type { ExtraTerms } from "./extra-terms";

/*
 * Romania's General Inspectorate for Immigration (IGI) reports its removals as return decisions
 * («decizii de returnare», with a term for voluntary departure) and removals under escort
 * («îndepărtare sub escortă»), and its work permits as employment/posting approvals («avize de
 * angajare/detașare»).
 */

const IGI_RETURN_DECISION =
  "Inspectoratul General pentru Imigrări, «Decizie de returnare emisă de polițiștii de imigrări din București» (igi.mai.gov.ro, 23 octombrie 2023): «decizia de returnare … obligația de returnare și îndepărtarea sub escortă» (OUG 194/2002, art. 83)";
const IGI_OCTOBER =
  "Inspectoratul General pentru Imigrări, comunicat (AGERPRES via stiripesurse.ro): «pentru 443 de persoane au fost emise decizii de returnare … iar 72 de persoane au fost îndepărtate sub escortă»";
const IGI_H1_2019 =
  "Inspectoratul General pentru Imigrări, bilanț semestrul I 2019 (as reported by ziuanews.ro): «au fost eliberate 11.678 avize de angajare/detaşare»";

export const romanianImmigrationOfficeTerms: ExtraTerms = {
  "flow-removals": {
    ro: [
      { text: "decizii de returnare", verified: true, source: IGI_OCTOBER },
      { text: "decizie de returnare", verified: true, source: IGI_RETURN_DECISION },
      { text: "îndepărtare sub escortă", verified: true, source: IGI_RETURN_DECISION },
      { text: "îndepărtate sub escortă", verified: true, source: IGI_OCTOBER },
    ],
  },
  "flow-work-permits": {
    ro: [{ text: "avize de angajare", verified: true, source: IGI_H1_2019 }],
  },
};
