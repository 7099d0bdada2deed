import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "server-only": path.resolve("tests/helpers/server-only-stub.ts"),
  "@": path.resolve("."),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          globalSetup: ["tests/helpers/integration-global-setup.ts"],
          include: ["tests/integration/**/*.integration.test.ts", "lib/**/*.integration.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
          env: { NEXTAUTH_SECRET: "integration-tests-secret-integration-tests", UPLOAD_DIR: ".data/test-uploads" },
        },
      },
    ],
  },
});
