import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPassProbability } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import { DEFAULT_POLICY } from "@/lib/domain/guarantee/policy-rules.ts";
import { AppError } from "@/lib/errors.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import { saveItem } from "@/lib/server/attempts/save-item.ts";
import { startAttempt } from "@/lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt.ts";
import { deleteAccount } from "@/lib/server/accounts/delete-account.ts";
import { adminGrantEnrollment } from "@/lib/server/guarantee/admin-grant-enrollment.ts";
import { decideClaim } from "@/lib/server/guarantee/decide-claim.ts";
import { editPolicy } from "@/lib/server/guarantee/edit-policy.ts";
import { enroll } from "@/lib/server/guarantee/enroll.ts";
import { fileClaim, type FileClaimInput } from "@/lib/server/guarantee/file-claim.ts";
import { getAdminClaim } from "@/lib/server/guarantee/get-admin-claim.ts";
import { getClaimUpload } from "@/lib/server/guarantee/get-claim-upload.ts";
import { getEligibility } from "@/lib/server/guarantee/get-eligibility.ts";
import { listClaims } from "@/lib/server/guarantee/list-claims.ts";
import { seedGuaranteePolicies } from "@/lib/server/guarantee/load-policy.ts";
import { listEnrollments } from "@/lib/server/guarantee/list-enrollments.ts";
import { learnerReadiness, type ReadinessSource } from "@/lib/server/guarantee/readiness-source.ts";
import { getReadiness } from "@/lib/server/readiness/get-readiness.ts";
import { seedDatabase } from "@/lib/server/seed/seed-database.ts";
import { answerByKey, seedTestBank } from "../factories/bank.ts";
import { createUser } from "../factories/users.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.ts";

let db: TestDatabase;
let uploadDir: string;
let learner: { id: string; email: string };
let other: { id: string; email: string };
let admin: { id: string };

const day = (iso: string, time = "12:00:00") => new Date(`${iso}T${time}Z`);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
const claimInput = (overrides: Partial<FileClaimInput> = {}): FileClaimInput => ({
  examDate: "2026-02-20",
  score: 640,
  scoreReportId: "SR-2026-0001",
  statement: "I failed by a few points on the networking section.",
  upload: PDF,
  ...overrides,
});

/** A full exam simulation taken and submitted at `when`, answered right (or left blank to fail). */
async function simulate(userId: string, when: Date, pass: boolean) {
  const started = await startAttempt(db.prisma, userId, { mode: "EXAM", examCode: "AZ-204", acceptNearest: false }, when);
  if (!("id" in started)) throw new Error("exam could not be assembled");
  if (pass) {
    const attempt = await getAttempt(db.prisma, userId, started.id, when);
    for (const item of attempt.items) await saveItem(db.prisma, userId, started.id, item.position, { response: answerByKey(item.view) }, when);
  }
  await submitAttempt(db.prisma, userId, started.id, new Date(when.getTime() + 60_000));
}

/** A custom quiz of every question the learner has not seen yet, all answered. */
async function practiseUnseen(userId: string, when: Date) {
  const started = await startAttempt(db.prisma, userId, { mode: "CUSTOM", examCode: "AZ-204", count: 100, only: "unseen", feedback: "end" }, when);
  if (!("id" in started)) throw new Error("quiz could not be assembled");
  const attempt = await getAttempt(db.prisma, userId, started.id, when);
  for (const item of attempt.items) await saveItem(db.prisma, userId, started.id, item.position, { response: answerByKey(item.view) }, when);
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "OK";
};

const auditActions = async (entityId: string) => (await db.prisma.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).includes(".")) : []);

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "guarantee-uploads-"));
  await seedTestBank(db.prisma, { perArea: 14 });
  // The seed every start runs gives each exam the default policy, once.
  await seedDatabase(db.prisma, { demoAccounts: false });
  await seedDatabase(db.prisma, { demoAccounts: false });
  const seeded = await db.prisma.guaranteePolicy.findMany();
  expect(seeded.map((p) => [p.examCode, p.version]).toSorted()).toEqual([["AZ-104", 1], ["AZ-204", 1], ["AZ-400", 1], ["AZ-900", 1]]);
  for (const policy of seeded) expect(policy.rules).toEqual(DEFAULT_POLICY);
  expect(await seedGuaranteePolicies(db.prisma)).toBe(0);
  learner = await createUser(db.prisma);
  other = await createUser(db.prisma);
  admin = await createUser(db.prisma, { role: "ADMIN" });
});
afterAll(async () => {
  await db?.drop();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe(`money-back guarantee on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("enrolls idempotently, with one audit entry", async () => {
    const first = await enroll(db.prisma, learner.id, "AZ-204", { now: day("2026-01-05"), targetDate: "2026-03-01" });
    const again = await enroll(db.prisma, learner.id, "AZ-204", { now: day("2026-01-06") });
    expect(first.created).toBe(true);
    expect(again).toEqual({ created: false, enrollment: first.enrollment });
    expect(first.enrollment).toMatchObject({ examCode: "AZ-204", source: "self", targetDate: "2026-03-01" });
    expect(await auditActions(first.enrollment.id)).toEqual(["enrollment.created"]);
    expect(await codeOf(enroll(db.prisma, learner.id, "XX-999"))).toBe("NOT_FOUND");
  });

  it("fills the live report as the learner practises", async () => {
    const before = await getEligibility(db.prisma, learner.id, "AZ-204", day("2026-02-01"));
    expect(before.report.criteria.find((c) => c.key === "simulations")!.met).toBe(false);
    expect(before.report.criteria.find((c) => c.key === "coverage")!.progress).toMatch(/^0 of \d+ questions/);

    await simulate(learner.id, day("2026-02-10"), true);
    await simulate(learner.id, day("2026-02-12"), true);
    const halfway = await getEligibility(db.prisma, learner.id, "AZ-204", day("2026-02-12", "18:00:00"));
    expect(halfway.report.criteria.find((c) => c.key === "simulations")!.met).toBe(true);
    expect(halfway.report.criteria.find((c) => c.key === "coverage")!.met).toBe(false);
    await practiseUnseen(learner.id, day("2026-02-12", "20:00:00"));
    const after = await getEligibility(db.prisma, learner.id, "AZ-204", day("2026-02-13"));
    expect(after.report.criteria.find((c) => c.key === "simulations")!.met).toBe(true);
    expect(after.report.criteria.find((c) => c.key === "coverage")!.met).toBe(true);
    const readiness = await getReadiness(db.prisma, learner.id, "AZ-204", day("2026-02-13"));
    if (readiness.status !== "estimate") throw new Error(`expected a readiness estimate, got ${readiness.status}`);
    const shown = after.report.criteria.find((c) => c.key === "readiness")!;
    expect(shown.progress).toBe(`Readiness ${formatPassProbability(readiness.probability)}, 80 % needed`);
    expect(shown.met).toBe(readiness.probability >= 0.8);
    expect(after.report.onTrack).toBe(shown.met);
  });

  it("reads readiness from the learner's answers up to the date asked, and says what is missing without an estimate", async () => {
    expect(await learnerReadiness(db.prisma, learner.id, "AZ-204", day("2026-02-01"))).toEqual({
      unavailable: "Not enough answers for a readiness estimate yet: answer 30 more questions.",
    });
    const later = await learnerReadiness(db.prisma, learner.id, "AZ-204", day("2026-02-13"));
    expect(later).toEqual({ probability: expect.any(Number) });
    const status = await getEligibility(db.prisma, other.id, "AZ-204", day("2026-02-13"));
    expect(status.report.criteria.find((c) => c.key === "readiness")).toMatchObject({ met: false, remaining: "Not enough answers for a readiness estimate yet: answer 30 more questions." });
  });

  it("stores the claim with a snapshot as of the exam date and the upload under a random name", async () => {
    // A failing simulation after the exam must not change the verdict.
    await simulate(learner.id, day("2026-02-25"), false);
    const asked: Date[] = [];
    const readiness: ReadinessSource = async (_client, _userId, _examCode, asOf) => {
      asked.push(asOf);
      return { probability: 0.86 };
    };
    const claim = await fileClaim(db.prisma, learner.id, "AZ-204", claimInput(), { now: day("2026-02-26"), readiness, uploadDir });
    expect(claim).toMatchObject({ examCode: "AZ-204", examDate: "2026-02-20", score: 640, status: "SUBMITTED", eligible: true, policyVersion: 1 });
    expect(claim.snapshot.referenceDate).toBe("2026-02-20");
    expect(claim.snapshot.criteria.every((c) => c.met)).toBe(true);
    expect(asked.map((d) => d.toISOString())).toEqual(["2026-02-20T23:59:59.999Z"]);

    const row = await db.prisma.guaranteeClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.uploadPath).toMatch(/^claims\/[0-9a-f]{32}\.pdf$/);
    expect(row.uploadMime).toBe("application/pdf");
    expect(fs.readFileSync(path.join(uploadDir, row.uploadPath!))).toEqual(Buffer.from(PDF));
    expect(await auditActions(claim.id)).toEqual(["claim.filed"]);

    const status = await getEligibility(db.prisma, learner.id, "AZ-204", day("2026-02-27"));
    expect(status.claim?.id).toBe(claim.id);
  });

  it("refuses a second claim on the same enrollment with 409 and writes nothing", async () => {
    const files = filesIn(uploadDir).length;
    expect(await codeOf(fileClaim(db.prisma, learner.id, "AZ-204", claimInput(), { now: day("2026-02-27"), uploadDir }))).toBe("CONFLICT");
    expect(filesIn(uploadDir)).toHaveLength(files);
    expect(await db.prisma.guaranteeClaim.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("serves the upload to the claimant and admins only; another learner gets 404", async () => {
    const claim = await db.prisma.guaranteeClaim.findFirstOrThrow({ where: { userId: learner.id } });
    const own = await getClaimUpload(db.prisma, learner.id, claim.id, uploadDir);
    expect(own).toMatchObject({ mime: "application/pdf", fileName: "score-report-2026-02-20.pdf" });
    expect(await auditActions(claim.id)).toEqual(["claim.filed"]);
    expect((await getClaimUpload(db.prisma, admin.id, claim.id, uploadDir)).bytes.length).toBe(PDF.length);
    expect(await auditActions(claim.id)).toEqual(["claim.filed", "claim.upload-viewed"]);
    expect(await codeOf(getClaimUpload(db.prisma, other.id, claim.id, uploadDir))).toBe("NOT_FOUND");
    expect(await codeOf(getClaimUpload(db.prisma, other.id, "cnotaclaimatallxxxxxxxxxx", uploadDir))).toBe("NOT_FOUND");
    expect((await getEligibility(db.prisma, other.id, "AZ-204")).claim).toBeNull();
    expect(await codeOf(getAdminClaim(db.prisma, other.id, claim.id))).toBe("FORBIDDEN");
    expect(await codeOf(listClaims(db.prisma, other.id))).toBe("FORBIDDEN");
  });

  it("refuses a bad upload type or size with a 4xx and writes nothing", async () => {
    await enroll(db.prisma, other.id, "AZ-204", { now: day("2026-01-05") });
    const files = filesIn(uploadDir).length;
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    const empty = new Uint8Array(0);
    for (const upload of [html, big, empty, null]) {
      const error = await fileClaim(db.prisma, other.id, "AZ-204", claimInput({ upload }), { now: day("2026-02-26"), uploadDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBeGreaterThanOrEqual(400);
      expect((error as AppError).status).toBeLessThan(500);
      expect((error as AppError).details?.fieldErrors?.upload).toBeDefined();
    }
    expect((await fileClaim(db.prisma, other.id, "AZ-204", claimInput({ upload: big }), { now: day("2026-02-26"), uploadDir }).catch((e: AppError) => e.status))).toBe(413);
    expect(filesIn(uploadDir)).toHaveLength(files);
    expect(await db.prisma.guaranteeClaim.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { actorId: other.id, action: "claim.filed" } })).toBe(0);
  });

  it("stores an ineligible claim and says which criteria failed", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const claim = await fileClaim(db.prisma, other.id, "AZ-204", claimInput({ upload: png }), { now: day("2026-02-26"), uploadDir });
    expect(claim.eligible).toBe(false);
    expect(claim.upload).toEqual({ mime: "image/png", size: png.length });
    const unmet = claim.snapshot.criteria.filter((c) => !c.met).map((c) => c.key);
    expect(unmet).toEqual(["coverage", "simulations", "readiness"]);
    const queue = await listClaims(db.prisma, admin.id);
    expect(queue.map((q) => q.id)).toContain(claim.id);
    expect(queue.find((q) => q.id === claim.id)!.unmet).toHaveLength(3);
  });

  it("refuses a claim without an enrollment or with a future exam date", async () => {
    const stranger = await createUser(db.prisma);
    expect(await codeOf(fileClaim(db.prisma, stranger.id, "AZ-204", claimInput(), { now: day("2026-02-26"), uploadDir }))).toBe("UNPROCESSABLE");
    expect(await codeOf(fileClaim(db.prisma, other.id, "AZ-204", claimInput({ examDate: "2026-03-01" }), { now: day("2026-02-26"), uploadDir }))).toBe("BAD_REQUEST");
  });

  it("lets an admin decide a claim once, with the evidence; a decided claim cannot change", async () => {
    const claim = await db.prisma.guaranteeClaim.findFirstOrThrow({ where: { userId: learner.id } });
    const review = await getAdminClaim(db.prisma, admin.id, claim.id);
    expect(review.evidence.simulations.map((s) => [s.submittedAt.slice(0, 10), s.passed, s.fullLength])).toEqual([
      ["2026-02-12", true, true],
      ["2026-02-10", true, true],
    ]);
    expect(review.evidence.answeredPublished).toBe(review.evidence.publishedQuestions);

    expect(await codeOf(decideClaim(db.prisma, learner.id, claim.id, { decision: "APPROVED", reason: "Looks fine to me" }))).toBe("FORBIDDEN");
    await decideClaim(db.prisma, admin.id, claim.id, { decision: "APPROVED", reason: "All criteria met; score report verified." }, day("2026-03-01"));
    expect(await codeOf(decideClaim(db.prisma, admin.id, claim.id, { decision: "REJECTED", reason: "Changed my mind" }))).toBe("CONFLICT");
    expect(await codeOf(decideClaim(db.prisma, admin.id, "cnotaclaimatallxxxxxxxxxx", { decision: "REJECTED", reason: "Nothing here" }))).toBe("NOT_FOUND");

    const seen = (await getEligibility(db.prisma, learner.id, "AZ-204")).claim!;
    expect(seen).toMatchObject({ status: "APPROVED", decisionReason: "All criteria met; score report verified.", decidedAt: "2026-03-01T12:00:00.000Z" });
    expect(await auditActions(claim.id)).toEqual(["claim.filed", "claim.upload-viewed", "claim.approved"]);
    const approved = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.approved" } });
    expect(approved.actorId).toBe(admin.id);
  });

  it("versions policies: a new version applies to new claims, old claims keep theirs", async () => {
    expect(await codeOf(editPolicy(db.prisma, learner.id, "AZ-204", DEFAULT_POLICY))).toBe("FORBIDDEN");
    const v2 = await editPolicy(db.prisma, admin.id, "AZ-204", { ...DEFAULT_POLICY, minQuestionCoverage: 0.5 });
    expect(v2.version).toBe(2);
    expect(await auditActions(v2.id)).toEqual(["policy.created"]);
    const oldClaim = (await getEligibility(db.prisma, learner.id, "AZ-204")).claim!;
    expect(oldClaim.policyVersion).toBe(1);
    const status = await getEligibility(db.prisma, other.id, "AZ-204");
    expect(status.policy.version).toBe(2);
    expect(status.report.criteria.find((c) => c.key === "coverage")!.title).toBe("Answered at least 50 % of the exam's questions");
  });

  it("lets only admins grant enrollments, idempotently and audited", async () => {
    const grantee = await createUser(db.prisma);
    const input = { email: grantee.email, examCode: "AZ-204", plan: "scholarship", priceCents: 0, currency: "EUR" };
    expect(await codeOf(adminGrantEnrollment(db.prisma, learner.id, input))).toBe("FORBIDDEN");
    const granted = await adminGrantEnrollment(db.prisma, admin.id, input);
    expect(granted.enrollment).toMatchObject({ source: "admin-grant", plan: "scholarship" });
    expect((await adminGrantEnrollment(db.prisma, admin.id, input)).created).toBe(false);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: granted.enrollment.id } });
    expect(entry).toMatchObject({ action: "enrollment.granted", actorId: admin.id });
    expect(await codeOf(adminGrantEnrollment(db.prisma, admin.id, { ...input, email: "nobody@example.com" }))).toBe("NOT_FOUND");

    expect(await codeOf(listEnrollments(db.prisma, learner.id))).toBe("FORBIDDEN");
    const rows = await listEnrollments(db.prisma, admin.id);
    expect(rows.find((r) => r.id === granted.enrollment.id)).toMatchObject({ source: "admin-grant", priceCents: 0, currency: "EUR", learner: { email: grantee.email }, grantedBy: expect.any(String), claim: null });
    expect(rows.find((r) => r.learner.email === learner.email)!.claim).toMatchObject({ status: "APPROVED" });
  });

  it("deletes a learner's stored score reports with their account", async () => {
    const leaver = await createUser(db.prisma);
    await enroll(db.prisma, leaver.id, "AZ-204", { now: day("2026-01-02") });
    const claim = await fileClaim(db.prisma, leaver.id, "AZ-204", claimInput(), { now: day("2026-02-26"), uploadDir });
    const stored = (await db.prisma.guaranteeClaim.findUniqueOrThrow({ where: { id: claim.id } })).uploadPath!;
    expect(fs.existsSync(path.join(uploadDir, stored))).toBe(true);

    await deleteAccount(db.prisma, leaver.id, { confirmEmail: leaver.email, password: leaver.password }, { uploadDir });
    expect(fs.existsSync(path.join(uploadDir, stored))).toBe(false);
    expect(await db.prisma.guaranteeClaim.count({ where: { id: claim.id } })).toBe(0);
  });
});
