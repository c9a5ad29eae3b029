import { describe, expect, it } from "vitest";
import { dateToIso, isDateFormat, serialToIsoDate } from "./excel-dates";

describe("serialToIsoDate", () => {
  it("follows Excel's 1900 system, including its fictitious leap day", () => {
    expect(serialToIsoDate(1)).toBe("1900-01-01");
    expect(serialToIsoDate(59)).toBe("1900-02-28");
    expect(serialToIsoDate(61)).toBe("1900-03-01");
    expect(serialToIsoDate(43861)).toBe("2020-01-31");
    expect(serialToIsoDate(45343)).toBe("2024-02-21");
  });

  it("keeps a time of day and reads pure times", () => {
    expect(serialToIsoDate(43861.5)).toBe("2020-01-31T12:00:00");
    expect(serialToIsoDate(0.75)).toBe("18:00:00");
  });

  it("supports the 1904 system and refuses impossible serials", () => {
    expect(serialToIsoDate(0, true)).toBe("1904-01-01");
    expect(serialToIsoDate(42398, true)).toBe(serialToIsoDate(42398 + 1462));
    expect(serialToIsoDate(-1)).toBeUndefined();
    expect(serialToIsoDate(Number.NaN)).toBeUndefined();
    expect(serialToIsoDate(3_000_000)).toBeUndefined();
  });
});

describe("isDateFormat", () => {
  it("tells date formats from number formats", () => {
    expect(isDateFormat("m/d/yy")).toBe(true);
    expect(isDateFormat("yyyy-mm-dd hh:mm")).toBe(true);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(isDateFormat('_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)')).toBe(false);
    expect(isDateFormat("0%")).toBe(false);
  });
});

describe("dateToIso", () => {
  it("drops a midnight time and keeps other times", () => {
    expect(dateToIso(new Date(Date.UTC(2020, 0, 31)))).toBe("2020-01-31");
    expect(dateToIso(new Date(Date.UTC(2020, 0, 31, 8, 30)))).toBe("2020-01-31T08:30:00");
    expect(dateToIso(new Date(Number.NaN))).toBeUndefined();
  });
});
