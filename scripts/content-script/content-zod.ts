/**
 * The content script's `zod` (the content-script build aliases "zod" here; the rest of the
 * extension keeps extension/zod-bundling-shim.ts). Two savings on every injection, same checks:
 * - Only the members the content script calls (CONTENT_ZOD_MEMBERS), so esbuild leaves out the
 *   rest of zod (~30% of its code, which the page compiled on each injection). The build
 *   refuses a content script that reads any other member (build-content-script.ts).
 * - Schemas built on first use: `z.string()`, `z.strictObject({…})` and the schema methods that
 *   make a new schema (`.optional()`, `.min(1)`, …) return a stand-in that builds the real zod
 *   schema the first time anything else is read from it (`.safeParse`, `.shape`, …). Building
 *   the module-level schemas at load took 20–30 ms of a layer's task at 4× CPU throttling, for
 *   schemas most passes never use (the stored inventory is parsed only when there is one).
 *   Every message and stored value is still validated by the same zod schema.
 */
import { date, datetime } from "../../node_modules/zod/v4/classic/iso.js";
import {
  array,
  boolean,
  custom,
  discriminatedUnion,
  enum as enumSchema,
  literal,
  looseObject,
  null as nullSchema,
  number,
  object,
  strictObject,
  string,
  union,
  url,
} from "../../node_modules/zod/v4/classic/schemas.js";
import { prettifyError } from "../../node_modules/zod/v4/core/errors.js";
// Types only (erased by esbuild), so not the alias: the real package's `z`.
import type { z as zod } from "zod";

type Factory = (...args: never[]) => unknown;

/** The schema factories, by member name (`iso` is a namespace of them). */
const FACTORIES: Record<string, Factory> = {
  array,
  boolean,
  custom,
  discriminatedUnion,
  enum: enumSchema,
  literal,
  looseObject,
  null: nullSchema,
  number,
  object,
  strictObject,
  string,
  union,
  url,
};
const ISO_FACTORIES: Record<string, Factory> = { date, datetime };

/** Every member of `z` the content script may read (`iso.x` for the ISO factories). */
export const CONTENT_ZOD_MEMBERS: readonly string[] = [
  ...Object.keys(FACTORIES),
  ...Object.keys(ISO_FACTORIES).map((name) => `iso.${name}`),
  "prettifyError",
];

/** Schema methods that return a new schema: on a stand-in they return a stand-in. */
const CHAINING = new Set([
  "and",
  "array",
  "catch",
  "check",
  "default",
  "describe",
  "email",
  "extend",
  "gt",
  "gte",
  "int",
  "length",
  "lt",
  "lte",
  "max",
  "meta",
  "min",
  "negative",
  "nonempty",
  "nonnegative",
  "nonpositive",
  "nullable",
  "nullish",
  "omit",
  "optional",
  "or",
  "partial",
  "pick",
  "pipe",
  "positive",
  "prefault",
  "readonly",
  "refine",
  "regex",
  "required",
  "superRefine",
  "transform",
  "trim",
]);

const BUILD = Symbol("gapmap.buildSchema");
type Built = Record<PropertyKey, unknown>;

/** A stand-in's real schema; arrays and plain objects (shapes, options) with theirs inside. */
function materialize(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const build = (value as { [BUILD]?: () => Built })[BUILD];
  if (build !== undefined) return build();
  if (Array.isArray(value)) return value.map(materialize);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    // A getter in a shape (zod's way to a recursive schema) stays a getter.
    Object.defineProperty(
      out,
      key,
      d.get === undefined
        ? { ...d, value: materialize(d.value) }
        : { ...d, get: () => materialize(Reflect.get(value, key)) },
    );
  }
  return out;
}

/** A method of a real schema; a schema-making one gets real schemas as its arguments. */
function forward(schema: Built, key: PropertyKey): unknown {
  const value = schema[key];
  if (typeof value !== "function") return value;
  const method = value as (...args: unknown[]) => unknown;
  return typeof key === "string" && CHAINING.has(key)
    ? (...args: unknown[]) => method.apply(schema, args.map(materialize))
    : method.bind(schema);
}

/** A schema built by `build` the first time something other than a schema method is read. */
function standIn(build: () => unknown): object {
  let built: Built | undefined;
  const real = (): Built => (built ??= build() as Built);
  return new Proxy(Object.create(null) as object, {
    get(_target, key) {
      if (key === BUILD) return real;
      if (built === undefined && typeof key === "string" && CHAINING.has(key)) {
        return (...args: unknown[]) =>
          standIn(() => (real()[key] as (...a: unknown[]) => unknown)(...args.map(materialize)));
      }
      return forward(real(), key);
    },
    has: (_target, key) => key in real(),
    getPrototypeOf: () => Object.getPrototypeOf(real()) as object | null,
  });
}

const lazily = (factories: Record<string, Factory>) =>
  Object.fromEntries(
    Object.entries(factories).map(([name, factory]) => [
      name,
      (...args: unknown[]) =>
        standIn(() => (factory as (...a: unknown[]) => unknown)(...args.map(materialize))),
    ]),
  );

export const z = {
  ...lazily(FACTORIES),
  iso: lazily(ISO_FACTORIES),
  prettifyError,
} as unknown as typeof zod;
export default z;
