import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{core,catalog,cli,test,excel-addin,extension}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
  },
});
