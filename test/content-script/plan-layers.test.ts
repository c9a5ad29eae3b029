import { describe, expect, it } from "vitest";
import {
  modulesOfLayer,
  planLayers,
  type LayerRule,
  type ModuleGraph,
} from "../../scripts/content-script/plan-layers";

const RULES: LayerRule[] = [
  { name: "libraries", matches: (p) => p.startsWith("node_modules/") },
  { name: "core", matches: (p) => p.startsWith("core/") },
  { name: "tagger", matches: () => true },
];

const module = (bytes: number, ...imports: string[]) => ({ bytes, imports });

describe("cutting the content script into layers", () => {
  it("puts each module in the first layer whose rule matches", () => {
    const graph: ModuleGraph = {
      "ext/tagger.ts": module(10, "core/a.ts"),
      "core/a.ts": module(10, "node_modules/lib/index.js"),
      "node_modules/lib/index.js": module(10),
    };
    const plan = planLayers(graph, RULES);
    expect(modulesOfLayer(plan, 0)).toEqual(["node_modules/lib/index.js"]);
    expect(modulesOfLayer(plan, 1)).toEqual(["core/a.ts"]);
    expect(modulesOfLayer(plan, 2)).toEqual(["ext/tagger.ts"]);
  });

  it("moves a module up to the earliest layer that imports it, through modules without code", () => {
    const graph: ModuleGraph = {
      "ext/tagger.ts": module(10, "core/a.ts"),
      // core imports an extension module through a barrel that adds no code of its own
      "core/a.ts": module(10, "ext/barrel.ts"),
      "ext/barrel.ts": module(0, "ext/helper.ts"),
      "ext/helper.ts": module(10, "ext/deeper.ts"),
      "ext/deeper.ts": module(10),
    };
    const plan = planLayers(graph, RULES);
    expect(modulesOfLayer(plan, 1)).toEqual(["core/a.ts", "ext/deeper.ts", "ext/helper.ts"]);
    expect(plan.has("ext/barrel.ts")).toBe(false);
    // no layer imports from a later one
    for (const [path, layer] of plan) {
      for (const target of graph[path]?.imports ?? []) {
        expect(plan.get(target) ?? 0).toBeLessThanOrEqual(layer);
      }
    }
  });

  it("keeps modules that import each other across layers together", () => {
    const graph: ModuleGraph = {
      "ext/tagger.ts": module(10, "core/a.ts"),
      "core/a.ts": module(10, "node_modules/lib/x.js"),
      "node_modules/lib/x.js": module(10, "core/a.ts"),
    };
    const plan = planLayers(graph, RULES);
    expect(plan.get("core/a.ts")).toBe(0);
    expect(plan.get("node_modules/lib/x.js")).toBe(0);
  });
});
