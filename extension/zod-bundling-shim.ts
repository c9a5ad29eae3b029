/**
 * Parcel (inside Plasmo 0.90) drops zod 4's module graph (zod's `export * as`/namespace
 * re-exports under "sideEffects": false), leaving `z` undefined at run time. package.json
 * "alias" points "zod" here, for our code and @gapmap/core alike. Copying the namespace forces
 * Parcel to keep every export. The path is relative because the alias also captures "zod/*";
 * type checking still sees the real package.
 */
import * as zodNamespace from "../node_modules/zod/v4/classic/external.js";

export const z: typeof zodNamespace = { ...zodNamespace };
export default z;
