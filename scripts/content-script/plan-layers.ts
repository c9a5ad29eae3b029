/**
 * Which injected file (layer) each module of the content script goes into. The page compiles
 * and runs every file the extension injects in a task of its own, so the content script is cut
 * into layers, injected in order; a layer's modules are registered on the isolated world's
 * global, and later layers read them from there instead of bundling them again.
 * A module goes into the first layer whose rule matches its path, then moves up to the earliest
 * layer that imports it: a layer may only import from itself and from layers before it, or it
 * would bundle a copy of a later module (two copies of a module's state). Modules that add no
 * code to the bundle (barrels, or nothing of them used) belong to no layer: a layer that
 * imports one bundles what it needs of it, and the move-up follows imports through them.
 */

export interface GraphModule {
  /** Bytes of this module in the bundled output; 0 when nothing of it is used. */
  bytes: number;
  imports: readonly string[];
}

/** The content script's modules by path (relative to the repository), from one bundling. */
export type ModuleGraph = Readonly<Record<string, GraphModule>>;

export interface LayerRule {
  /** The injected file's name, without `.js`. */
  name: string;
  /** Whether a module's path belongs in this layer (the last layer takes every module left). */
  matches(path: string): boolean;
}

/** Each module with code, by path: the index of its layer in `rules`. */
export function planLayers(graph: ModuleGraph, rules: readonly LayerRule[]): Map<string, number> {
  const last = rules.length - 1;
  const layer = new Map<string, number>();
  for (const [path, module] of Object.entries(graph)) {
    if (module.bytes === 0) continue;
    const index = rules.findIndex((rule) => rule.matches(path));
    layer.set(path, index < 0 ? last : index);
  }
  // Imports, seen through the modules that add no code.
  const reached = new Map<string, Set<string>>();
  const reach = (path: string): Set<string> => {
    const known = reached.get(path);
    if (known) return known;
    const out = new Set<string>();
    reached.set(path, out);
    for (const target of graph[path]?.imports ?? []) {
      if (layer.has(target)) out.add(target);
      else for (const through of reach(target)) out.add(through);
    }
    return out;
  };
  for (let moved = true; moved;) {
    moved = false;
    for (const [path, index] of layer) {
      for (const target of reach(path)) {
        if ((layer.get(target) ?? 0) > index) {
          layer.set(target, index);
          moved = true;
        }
      }
    }
  }
  return layer;
}

/** The modules of layer `index`, in path order (what its file registers). */
export function modulesOfLayer(plan: ReadonlyMap<string, number>, index: number): string[] {
  return [...plan]
    .filter(([, layer]) => layer === index)
    .map(([path]) => path)
    .sort();
}
