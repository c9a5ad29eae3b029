import { describe, expect, it } from "vitest";
import { roleFromMeasures, rolesInText } from "./country-roles";

describe("rolesInText", () => {
  it("reads residence and arrival headers as the host, a destination", () => {
    expect(rolesInText("Country of residence")).toEqual(["destination"]);
    expect(rolesInText("Country of arrival")).toEqual(["destination"]);
    expect(rolesInText("País de residencia")).toEqual(["destination"]);
    expect(rolesInText("Country/territory of asylum/residence")[0]).toBe("asylum");
  });
});

describe("roleFromMeasures", () => {
  it("makes the counterpart of a two-way flow a partner", () => {
    expect(roleFromMeasures(["Money transfers", "Inflow", "Outflow", "Net inflow"])).toBe(
      "partner",
    );
    expect(roleFromMeasures(["Transfers sent to and received from abroad"])).toBe("partner");
    expect(roleFromMeasures(["Inflow"])).toBeUndefined();
  });

  it("takes a role the measures name, but not from residence permits", () => {
    expect(
      roleFromMeasures(["Разрешения на временное проживание", "Приобретение гражданства"]),
    ).toBe("citizenship");
    expect(roleFromMeasures(["Residence permits issued"])).toBeUndefined();
  });
});
