import { z } from "zod";

// Validated once at start-up: a bad variable stops the app with its name (scripts/start.ts,
// next.config.js and instrumentation.ts all call loadEnv).

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)").optional(),
    ),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (npm start writes one to .env.local)"),
    NEXTAUTH_URL: optionalString.pipe(z.url("must be a URL such as http://localhost:3000").optional()),
    ADMIN_EMAIL: optionalString.pipe(z.email("must be an e-mail address").optional()),
    ADMIN_PASSWORD: optionalString.pipe(z.string().min(10, "must be at least 10 characters").optional()),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional()),
    MAIL_FROM: z.string().default("PassPath <no-reply@passpath.local>"),
    /** Without SMTP, also write each message as JSON into this folder (used by the end-to-end tests). */
    MAIL_OUTBOX_DIR: optionalString,
  })
  .superRefine((env, ctx) => {
    const pairs = [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
      ["ADMIN_EMAIL", "ADMIN_PASSWORD"],
    ] as const;
    for (const [a, b] of pairs) {
      if (Boolean(env[a]) !== Boolean(env[b])) {
        ctx.addIssue({ code: "custom", path: [env[a] ? b : a], message: `must be set together with ${env[a] ? a : b}` });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
