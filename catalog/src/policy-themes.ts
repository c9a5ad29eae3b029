import type { PolicyTheme } from "@gapmap/core";

/**
 * Policy themes a TWG can pick, each under one of the seed template's three policy areas:
 * trends (Part A, who moves and how), impact (Part B, what migration changes) and
 * governance (Part C, how the state manages it). A theme sits where its policy questions
 * are mostly asked, even when its indicators appear in several parts.
 */
export const policyThemes: PolicyTheme[] = [
  { id: "irregular-migration", name: "Irregular migration", area: "trends" },
  { id: "family-migration", name: "Family migration and reunification", area: "trends" },
  { id: "student-mobility", name: "International student mobility", area: "trends" },
  { id: "return-reintegration", name: "Return and reintegration", area: "trends" },
  { id: "internal-migration", name: "Internal migration and urbanisation", area: "trends" },
  { id: "protection", name: "Refugees, asylum and forced displacement", area: "trends" },
  { id: "population-dynamics", name: "Migration and population change", area: "impact" },
  { id: "labour-migration", name: "Labour migration and the labour market", area: "impact" },
  { id: "diaspora-remittances", name: "Diaspora, remittances and development", area: "impact" },
  { id: "integration-inclusion", name: "Integration and social inclusion", area: "impact" },
  { id: "health-migration", name: "Migration and health", area: "impact" },
  { id: "environment-climate", name: "Environment, climate change and migration", area: "impact" },
  { id: "border-management", name: "Border management", area: "governance" },
  {
    id: "trafficking-smuggling",
    name: "Trafficking in persons and migrant smuggling",
    area: "governance",
  },
  {
    id: "governance-coordination",
    name: "Migration governance and coordination",
    area: "governance",
  },
  { id: "data-statistics", name: "Migration data and statistics", area: "governance" },
];
