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
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
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
      {
        resolve: { alias },
        test: {
          // Production server, killed and restarted, on PGlite and on a throwaway PostgreSQL cluster.
          name: "system",
          globalSetup: ["tests/system/global-setup.ts"],
          include: ["tests/system/**/*.system.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // The files share ports 3204/3214/3224: one at a time.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
