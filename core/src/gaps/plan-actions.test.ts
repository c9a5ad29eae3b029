import { describe, expect, it } from "vitest";
import type { Indicator } from "../catalogue/schema";
import { actionLibrarySchema } from "./action-schema";
import type { ElementCheck } from "./gap-schema";
import { actionPriority, chooseTemplate, planAction } from "./plan-actions";
import { testActions } from "./testing/test-actions";
import { immigrationNeed, makeRecord, smallCatalogue } from "./testing/small-catalogue";

const library = actionLibrarySchema.parse(testActions);
const byId = (id: string) => smallCatalogue.indicators.find((i) => i.id === id) as Indicator;
const need = immigrationNeed();
const gap = (
  type: ElementCheck["type"],
  recordIds: string[],
  extra: Partial<ElementCheck> = {},
): ElementCheck => ({
  type,
  status: "not-met",
  detail: "",
  recordIds,
  ...extra,
});

describe("action library schema", () => {
  it("requires a generic action for every gap type and known placeholders", () => {
    expect(actionLibrarySchema.safeParse(testActions.slice(1)).success).toBe(false);
    const typo = [...testActions, { ...testActions[0], id: "typo", description: "{indicatr}" }];
    expect(actionLibrarySchema.safeParse(typo).success).toBe(false);
  });
});

describe("planAction", () => {
  it("prefers a source-type-specific action and names the record's producer", () => {
    const record = makeRecord({
      id: "reg",
      producer: "Migration Service",
      breakdowns: [{ kind: "sex" }],
    });
    const action = planAction(
      {
        catalogue: smallCatalogue,
        indicator: byId("immigration-flow"),
        need,
        records: [record],
        library,
        referenceYear: 2025,
      },
      gap("disaggregation", ["reg"], { missingBreakdowns: ["age", "country"] }),
    );
    expect(action.template).toBe("register-breakdowns");
    expect(action.title).toBe("Add age, country to the register extract");
    expect(action.responsibleAgency).toBe("Migration Service");
    expect(action.targetYear).toBe(2027);
    expect(action.priority).toBe("high");
    expect(action.status).toBe("proposed");
  });

  it("without records, uses the producer of the indicator's first source type", () => {
    const action = planAction(
      {
        catalogue: smallCatalogue,
        indicator: byId("remittances-received"),
        need: { ...need, priority: "medium" },
        records: [],
        library,
        referenceYear: 2025,
      },
      gap("data", []),
    );
    expect(action.responsibleAgency).toBe("Central bank");
    expect(action.template).toBe("generic-data");
    expect(action.priority).toBe("medium");
  });

  it("picks section-specific actions (mirror statistics for emigration)", () => {
    expect(
      chooseTemplate(library, "data", "population-register", byId("emigration-flow"))?.id,
    ).toBe("mirror-emigration");
    expect(
      chooseTemplate(library, "data", "population-register", byId("immigration-flow"))?.id,
    ).toBe("generic-data");
  });
});

describe("actionPriority", () => {
  it("drops one step for partly met gaps", () => {
    expect(actionPriority("high", "not-met")).toBe("high");
    expect(actionPriority("high", "partly-met")).toBe("medium");
    expect(actionPriority("medium", "partly-met")).toBe("low");
    expect(actionPriority("low", "not-met")).toBe("low");
  });
});
