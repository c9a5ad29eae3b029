import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{core,catalog,cli,test}/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
  },
});
