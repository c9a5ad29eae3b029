import { describe, expect, it, vi } from "vitest";
import { lookupPlace } from "./country-names";

// The generated table as it would look after a bad merge: it must be ignored, not trusted.
vi.mock("./place-names.generated", () => ({
  PLACE_NAMES: { sources: "stale", entryCount: 1, json: '[["FR","eritrea"]]' },
}));

describe("lookupPlace without usable generated data", () => {
  it("builds the table from its sources instead", () => {
    expect(lookupPlace("Eritrea")).toEqual({ kind: "country", code: "ER" });
    expect(lookupPlace("Érythrée")).toEqual({ kind: "country", code: "ER" });
    expect(lookupPlace("WORLD")).toEqual({ kind: "aggregate" });
  });
});
