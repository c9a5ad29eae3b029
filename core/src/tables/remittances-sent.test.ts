import { describe, expect, it } from "vitest";
import { withRemittancesSent } from "./remittances-sent";
import type { IndicatorMatch } from "./schema";

const match = (id: string, score: number, text: string): IndicatorMatch => ({
  id,
  score,
  evidence: [{ where: "labels", text, matched: id, words: [] }],
});

describe("withRemittancesSent", () => {
  it("puts the outflow first when the labels send the money abroad", () => {
    const sent = "Volumen de remesas enviadas al extranjero en proporción al PIB";
    const [first, second] = withRemittancesSent([
      match("remit-inflow-gdp", 0.8, sent),
      match("remit-outflow", 0.6, sent),
    ]);
    expect(first).toMatchObject({ id: "remit-outflow", score: 0.8 });
    expect(second?.id).toBe("remit-inflow-gdp");
  });

  it("keeps money received first: sent home, no direction, or no outflow named", () => {
    for (const text of ["Remittances sent home by migrants", "Personal remittances (% of GDP)"]) {
      const matches = [match("remit-inflow-gdp", 0.8, text), match("remit-outflow", 0.6, text)];
      expect(withRemittancesSent(matches)).toEqual(matches);
    }
    const alone = [match("remit-inflow", 0.8, "Remittances sent abroad")];
    expect(withRemittancesSent(alone)).toEqual(alone);
  });
});
