/**
 * Parcel (inside Plasmo 0.90) drops zod 4's module graph (zod's `export * as`/namespace
 * re-exports under "sideEffects": false), leaving `z` undefined at run time. package.json
 * "alias" points "zod" here, for our code and @gapmap/core alike, and this module builds `z`
 * from zod's own modules. It leaves out what the extension never calls at run time: the 50+
 * error-message locales (English stays: zod registers it on first schema construction), JSON
 * Schema import, compiled parsers and the `core` namespace (read for types only). Copying the
 * whole namespace, as before, put every locale into the content script: ~0.5 MB that the page
 * compiled on each injection. The paths are relative because the alias also captures "zod/*";
 * type checking still sees the real package. zod-bundling-shim.test.ts lists what is left out.
 */
import type * as zodNamespace from "../node_modules/zod/v4/classic/external.js";
import * as checks from "../node_modules/zod/v4/classic/checks.js";
import * as coerce from "../node_modules/zod/v4/classic/coerce.js";
import * as compat from "../node_modules/zod/v4/classic/compat.js";
import { deepPartial } from "../node_modules/zod/v4/classic/deep-partial.js";
import * as errors from "../node_modules/zod/v4/classic/errors.js";
import { input, output } from "../node_modules/zod/v4/classic/in-out.js";
import * as iso from "../node_modules/zod/v4/classic/iso.js";
import * as parse from "../node_modules/zod/v4/classic/parse.js";
import * as schemas from "../node_modules/zod/v4/classic/schemas.js";
import { TimePrecision } from "../node_modules/zod/v4/core/api.js";
import { NEVER } from "../node_modules/zod/v4/core/core.js";
import {
  flattenError,
  formatError,
  prettifyError,
  treeifyError,
} from "../node_modules/zod/v4/core/errors.js";
import { toJSONSchema } from "../node_modules/zod/v4/core/json-schema-processors.js";
import { memoizer } from "../node_modules/zod/v4/core/memoizer.js";
import {
  $input,
  $output,
  globalRegistry,
  registry,
} from "../node_modules/zod/v4/core/registries.js";
import { getDiscriminatedOption } from "../node_modules/zod/v4/core/schemas.js";
import * as util from "../node_modules/zod/v4/core/util.js";

const { ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration } = iso;

export const z = {
  ...schemas,
  ...checks,
  ...errors,
  ...parse,
  ...compat,
  input,
  output,
  deepPartial,
  coerce: { ...coerce },
  iso: { ...iso },
  ZodISODateTime,
  ZodISODate,
  ZodISOTime,
  ZodISODuration,
  TimePrecision,
  NEVER,
  flattenError,
  formatError,
  prettifyError,
  treeifyError,
  toJSONSchema,
  memoizer,
  $input,
  $output,
  globalRegistry,
  registry,
  getDiscriminatedOption,
  util: { ...util },
  clone: util.clone,
  toZod: util.toZod,
} as unknown as typeof zodNamespace;
export default z;
