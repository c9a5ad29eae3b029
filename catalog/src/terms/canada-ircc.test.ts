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
});
