// One linter for the whole repo: typescript-eslint with type-checked rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const CORE_RECEIVES_CATALOGUE =
  "core never imports the catalogue: take it (or its TermIndex) as a parameter; the surfaces pass getCatalogue()/getCatalogueIndex() from @gapmap/catalog.";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "out/**",
      "release/**",
      "**/build/**",
      "**/dist/**",
      "**/.plasmo/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Template literals with numbers are how we build messages and cell addresses.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // One dependency direction (docs/decisions/0003-catalogue-handed-in.md): core receives the
    // catalogue from the surfaces and never imports it; only core's tests may use the bundled one.
    files: ["core/**/*.ts"],
    ignores: ["**/*.test.ts", "core/src/**/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@gapmap/catalog", message: CORE_RECEIVES_CATALOGUE }],
          patterns: [
            { group: ["@gapmap/catalog/*", "**/catalog/src/**"], message: CORE_RECEIVES_CATALOGUE },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly" },
    },
  },
);
