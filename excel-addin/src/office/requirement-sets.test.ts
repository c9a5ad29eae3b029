import { describe, expect, it } from "vitest";
import { OfficeAdapterError } from "./office-errors";
import {
  assertExcelApiSupported,
  compareApiVersions,
  requiredExcelApiVersion,
  USED_EXCEL_APIS,
} from "./requirement-sets";

describe("requirement sets", () => {
  it("compares versions numerically, so 1.13 is above 1.9", () => {
    expect(compareApiVersions("1.13", "1.9")).toBeGreaterThan(0);
    expect(
      requiredExcelApiVersion([
        { api: "a", version: "1.9" },
        { api: "b", version: "1.13" },
      ]),
    ).toBe("1.13");
  });

  it("asks the host for the highest version in use and throws a typed error when missing", () => {
    const asked: string[] = [];
    const highest = USED_EXCEL_APIS.reduce(
      (h, a) => (compareApiVersions(a.version, h) > 0 ? a.version : h),
      "1.1",
    );
    expect(() => {
      assertExcelApiSupported((set, version) => {
        asked.push(`${set} ${version}`);
        return false;
      });
    }).toThrow(OfficeAdapterError);
    expect(asked).toEqual([`ExcelApi ${highest}`]);
    expect(() => {
      assertExcelApiSupported(() => true);
    }).not.toThrow();
  });
});
