/**
 * Which members of `z` a layer's code reads, from its unminified esbuild output: the layer reads
 * `z` from the registry through a stub (shared-modules.ts), `var eN = (() => m["z"])()`, and
 * calls `eN.string(…)`, `eN.iso.datetime(…)`. The content script's zod has only the members
 * it calls (content-zod.ts), so the build refuses a layer that reads another one: it would be
 * undefined in the page. `z` passed on as a value is listed as "z" (never a member).
 */
const Z_STUB_RE = /var ([\w$]+) = \/\* @__PURE__ \*\/ \(\(\) => [\w$]+\["z"\]\)\(\);/g;

export function zodMembersRead(js: string): string[] {
  const members = new Set<string>();
  const code = js.replace(Z_STUB_RE, "");
  for (const [, local = ""] of js.matchAll(Z_STUB_RE)) {
    const escaped = local.replace(/\$/g, "\\$");
    const use = new RegExp(
      `(?<![\\w$.])${escaped}(?:\\.(iso)\\.([\\w$]+)|\\.([\\w$]+)|(?=[^\\w$.]))`,
      "g",
    );
    for (const [whole, iso, isoMember, member] of code.matchAll(use)) {
      // `z` itself passed on: whatever reads it is out of sight, so it counts as a member.
      if (whole === local) members.add("z");
      else members.add(iso === undefined ? (member ?? "") : `${iso}.${isoMember ?? ""}`);
    }
  }
  return [...members].sort();
}
