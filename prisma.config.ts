import { defineConfig } from "prisma/config";

// The app connects through driver adapters (lib/server/db); the CLI is only used to generate the client.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
