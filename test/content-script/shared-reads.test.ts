import { describe, expect, it } from "vitest";
import { registeringEntry } from "../../scripts/content-script/shared-modules";
import { addSharedReads, type SharedReads } from "../../scripts/content-script/shared-reads";

// What esbuild prints for a layer that uses two exports of one shared module (unminified).
const LAYER = `(() => {
  // gapmap-shared:core/src/text/normalize.ts
  var m = /* @__PURE__ */ (() => globalThis.__gapmapModules["core/src/text/normalize.ts"])();
  var e1 = /* @__PURE__ */ (() => m["normalizeText"])();
  var e3 = /* @__PURE__ */ (() => m.isAscii)();

  // gapmap-shared:core/src/text/stem.ts
  var m2 = /* @__PURE__ */ (() => globalThis.__gapmapModules["core/src/text/stem.ts"])();

  // extension/src/x.ts
  console.log(e1("A"), e3("b"));
})();`;

describe("what a layer reads of the modules earlier layers share", () => {
  it("finds the exports each shared module's stub kept", () => {
    const reads: SharedReads = new Map();
    addSharedReads(LAYER, reads);
    expect(reads.get("core/src/text/normalize.ts")).toEqual(new Set(["normalizeText", "isAscii"]));
    expect(reads.get("core/src/text/stem.ts")).toEqual(new Set());
  });

  it("registers only those exports, and nothing of modules no later layer reads", () => {
    const reads: SharedReads = new Map([["core/a.ts", new Set(["b", "a"])]]);
    const entry = registeringEntry(
      new Map([
        ["core/a.ts", "/repo/core/a.ts"],
        ["core/unread.ts", "/repo/core/unread.ts"],
      ]),
      reads,
    );
    expect(entry).toContain('import { "a" as m0, "b" as m1 } from "/repo/core/a.ts";');
    expect(entry).toContain('registry["core/a.ts"] = { "a": m0, "b": m1 };');
    expect(entry).not.toContain("unread");
  });
});
