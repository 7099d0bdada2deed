import { parseArgs } from "node:util";

export const BANK_USAGE = `usage: npm run bank -- <command> [options] [path]

  validate [path]      check the bank files under path (default prisma/banks): every problem with
                       file, line and field, then the quality gate per exam
    --catalog <file>   exam catalog to check against (default prisma/catalog/exams.yaml)
    --db               check against the database's catalog instead
  import [path]        validate, then write to the database (DATABASE_URL, else the embedded PGlite)
    --dry-run          show what would change and write nothing
    --skip-gate        import even though the quality gate fails (problems always stop an import)
  export <folder>      write the database's questions in the source format to <folder>/<exam>/
    --exam <code>      only this exam (repeatable; default every exam that has questions)`;

export type BankCommand =
  | { command: "validate"; path: string; catalog: string; fromDatabase: boolean }
  | { command: "import"; path: string; dryRun: boolean; skipGate: boolean }
  | { command: "export"; folder: string; exams: string[] };

export class UsageError extends Error {
  override name = "UsageError";
}

export const DEFAULT_BANK_PATH = "prisma/banks";
export const DEFAULT_CATALOG_PATH = "prisma/catalog/exams.yaml";

export function parseBankArgs(argv: readonly string[]): BankCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        catalog: { type: "string" },
        db: { type: "boolean" },
        "dry-run": { type: "boolean" },
        "skip-gate": { type: "boolean" },
        exam: { type: "string", multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, target, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`one path only (got ${[target, ...rest].join(", ")})`);
  const allowed: Record<string, string[]> = { validate: ["catalog", "db"], import: ["dry-run", "skip-gate"], export: ["exam"] };
  if (!command || !(command in allowed)) throw new UsageError(command ? `unknown command ${command}` : "a command is required");
  const misplaced = Object.keys(values).filter((option) => !allowed[command]!.includes(option));
  if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} does not apply to ${command}`);
  if (values.db && values.catalog) throw new UsageError("use either --catalog or --db");

  switch (command) {
    case "validate":
      return { command, path: target ?? DEFAULT_BANK_PATH, catalog: values.catalog ?? DEFAULT_CATALOG_PATH, fromDatabase: values.db === true };
    case "import":
      return { command, path: target ?? DEFAULT_BANK_PATH, dryRun: values["dry-run"] === true, skipGate: values["skip-gate"] === true };
    default:
      if (!target) throw new UsageError("export needs the folder to write to");
      return { command: "export", folder: target, exams: values.exam ?? [] };
  }
}
