// Extension unit tests; DOM tests opt in with a `@vitest-environment happy-dom` comment.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["src/**/*.test.{ts,tsx}"], root: import.meta.dirname },
});
