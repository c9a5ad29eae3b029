import { describe, expect, it } from "vitest";
import { bestForTitle as first } from "../testing/title-match";

describe("Canada's asylum claimants", () => {
  it("reads claimants as asylum applications or the asylum seekers present", () => {
    expect(["flow-asylum-applications", "stock-asylum-seekers"]).toContain(
      first("Asylum claimants by province"),
    );
    expect(["flow-asylum-applications", "stock-asylum-seekers"]).toContain(
      first("Refugee claimants"),
    );
  });

  it("reads admissions of permanent residents as immigration, not a stock of permit holders", () => {
    expect(
      first(
        "Canada – Admissions of Permanent Residents with Prior Study Permit Holder Status by Province/Territory of Intended Destination",
      ),
    ).toBe("flow-immigration");
  });
});
