/**
 * Marks our zod schema constructions as pure for the content script's build, so that esbuild
 * drops every schema the content script never uses: a module-level `const x = z.object(…)` is
 * otherwise kept, and built on every injection, because a call might have side effects.
 * Building a schema has none the content script could notice (`.meta()`/`.describe()` write
 * zod's global registry, read only by `toJSONSchema`). Only our own sources (core, catalog,
 * extension) are marked, after esbuild has compiled them to JavaScript (no comments, one
 * top-level statement from a line at column 0 to the next), and only in module-level
 * declarations: in a schema's declaration (`const x = z.…` or `= otherSchema.…`) every call,
 * elsewhere every call on zod or on a schema (a pure call's arguments would still be
 * evaluated, and keep what they use). A `.parse(…)` in a
 * function is never marked: dropping it would drop its check.
 */
import { readFile } from "node:fs/promises";
import { transform, type Plugin } from "esbuild";

const OUR_SOURCES = /\/(core|catalog|extension)\/src\/.*\.tsx?$/;
const DECLARATION_RE = /^((?:export )?(?:const|let|var) [\w$]+ = )(.*)$/s;
// A call on zod or on a schema (`z.string(`, `fooSchema.optional(`), not preceded by an
// identifier character or `.`; never `z.config(`.
const SCHEMA_CALL_RE = /(?<![\w$.])(z|[\w$]*Schema)\.(?!config\()([a-z]\w*)\(/g;

const SCHEMA_START_RE = /^(?:z|[\w$]*Schema)\.[a-z]\w*\(/;
// A call on a name or a member chain, not preceded by an identifier character, `.` or `new `.
const ANY_CALL_RE = /(?<![\w$.])(?<!new )([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(/g;
const KEYWORDS = new Set(["function", "if", "for", "while", "switch", "catch", "return", "typeof"]);

function markCall(call: string, callee: string): string {
  return KEYWORDS.has(callee) || callee === "z.config" ? call : `/* @__PURE__ */ ${call}`;
}

/** The module's top-level statements, in order (esbuild prints nested lines indented). */
function topLevelStatements(code: string): string[] {
  const statements: string[] = [];
  for (const line of code.split("\n")) {
    const continues = /^[\s)}\]]/.test(line) || line === "";
    const last = statements.length - 1;
    if (continues && last >= 0) statements[last] = `${statements[last] ?? ""}\n${line}`;
    else statements.push(line);
  }
  return statements;
}

function markDeclaration(statement: string): string {
  const match = DECLARATION_RE.exec(statement);
  if (!match) return statement;
  const [, head = "", init = ""] = match;
  // A schema's declaration: every call in it builds the schema (`Object.fromEntries(…)` of
  // fields, `text.optional()`), so all are marked.
  if (SCHEMA_START_RE.test(init)) return `${head}${init.replace(ANY_CALL_RE, markCall)}`;
  return `${head}${init.replace(SCHEMA_CALL_RE, "/* @__PURE__ */ $1.$2(")}`;
}

/** The JavaScript of a TypeScript module with its module-level schema constructions marked pure. */
export async function markSchemasPure(source: string, path: string): Promise<string> {
  const { code } = await transform(source, {
    loader: path.endsWith(".tsx") ? "tsx" : "ts",
    format: "esm",
    sourcefile: path,
    jsx: "automatic",
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
  });
  if (!code.includes("z.") && !code.includes("Schema.")) return code;
  return topLevelStatements(code).map(markDeclaration).join("\n");
}

export const pureSchemasPlugin: Plugin = {
  name: "gapmap-pure-schemas",
  setup(build) {
    build.onLoad({ filter: OUR_SOURCES }, async (args) => ({
      contents: await markSchemasPure(await readFile(args.path, "utf8"), args.path),
      loader: "js",
      resolveDir: args.path.slice(0, args.path.lastIndexOf("/")),
    }));
  },
};
