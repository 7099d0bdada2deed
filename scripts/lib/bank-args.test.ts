import { describe, expect, it } from "vitest";
import { parseBankArgs } from "./bank-args.ts";

describe("bank CLI arguments", () => {
  it("validates prisma/banks against the catalog file by default", () => {
    expect(parseBankArgs(["validate"])).toEqual({ command: "validate", path: "prisma/banks", catalog: "prisma/catalog/exams.yaml", fromDatabase: false });
    expect(parseBankArgs(["validate", "prisma/banks/az-204", "--db"])).toMatchObject({ path: "prisma/banks/az-204", fromDatabase: true });
  });

  it("takes import and export options", () => {
    expect(parseBankArgs(["import", "--dry-run", "some/dir"])).toEqual({ command: "import", path: "some/dir", dryRun: true, skipGate: false });
    expect(parseBankArgs(["export", "out", "--exam", "AZ-204", "--exam", "AZ-900"])).toEqual({ command: "export", folder: "out", exams: ["AZ-204", "AZ-900"] });
  });

  it.each([
    [[], "a command is required"],
    [["publish"], "unknown command publish"],
    [["export"], "export needs the folder to write to"],
    [["validate", "--dry-run"], "--dry-run does not apply to validate"],
    [["validate", "a", "b"], "one path only (got a, b)"],
    [["validate", "--db", "--catalog", "x.yaml"], "use either --catalog or --db"],
    [["import", "--force"], /Unknown option '--force'/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBankArgs(argv)).toThrow(message);
  });
});
