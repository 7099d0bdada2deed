// One entry per route handler file under app/api: who may call it, the valid params, query and body
// it expects (owned by the `learner` of the world). The fuzzer mutates these; the security tests
// swap in the other learner's ids. A route file without an entry here fails the fuzz suite.
import { DEFAULT_POLICY } from "@/lib/domain/guarantee/policy-rules.ts";
import type { Method } from "./routes.ts";
import { PDF_BYTES, type World } from "./world.ts";

export type Identity = "anonymous" | "learner" | "author" | "admin";

export type BodySpec = { json: (w: World) => unknown } | { multipart: (w: World) => Record<string, string | Blob> };

export type MethodSpec = {
  /** The least-privileged identity the route serves (anonymous: anyone). */
  as: Identity;
  /** Valid values of the dynamic segments, pointing at the learner's own things. */
  params?: (w: World) => Record<string, string>;
  query?: (w: World) => Record<string, string>;
  body?: BodySpec;
  /** Answers legitimately carry answer keys (immediate feedback, submitted results). */
  reveals?: boolean;
  /** Which of the params / body fields name something a learner owns (the IDOR targets). */
  owned?: (w: World, owner: World["learner"]) => { params?: Record<string, string>; body?: unknown };
};

export type RouteSpec = { outOfProcess: string } | Partial<Record<Method, MethodSpec>>;

const attempt = (w: World) => ({ id: w.learner.holdings.examAttemptId });
const item = (w: World) => ({ id: w.learner.holdings.examAttemptId, position: "0" });
const slug = () => ({ slug: "az-204" });
const claimForm = (): Record<string, string | Blob> => ({
  examDate: "2026-02-20",
  score: "640",
  scoreReportId: "SR-2026-0002",
  statement: "I failed by a few points on networking.",
  upload: new Blob([PDF_BYTES], { type: "application/pdf" }),
});
const question = (id: string) => ({
  examCode: "AZ-204",
  question: {
    id,
    skillArea: "compute",
    topic: "Azure Functions",
    difficulty: 2,
    status: "draft",
    type: "single",
    stem: "Which hosting plan scales a function app to zero?",
    explanation: "The Consumption plan scales to zero when idle.",
    references: ["https://learn.microsoft.com/azure/azure-functions/consumption-plan"],
    options: [
      { text: "Consumption", correct: true, why: "It scales to zero." },
      { text: "Premium", why: "It keeps warm instances." },
      { text: "Dedicated", why: "It runs on an App Service plan." },
    ],
  },
});

export const ROUTE_SPECS: Record<string, RouteSpec> = {
  "app/api/account/export/route.ts": { GET: { as: "learner" } },
  "app/api/account/password/route.ts": {
    POST: { as: "learner", body: { json: (w) => ({ currentPassword: w.learner.password, newPassword: "a different long password" }) } },
  },
  // The sample names a wrong password, so no mutation can delete the learner the other runs need.
  "app/api/account/route.ts": { DELETE: { as: "learner", body: { json: (w) => ({ confirmEmail: w.learner.email, password: "not the password at all" }) } } },
  "app/api/admin/claims/[id]/decision/route.ts": {
    POST: { as: "admin", params: (w) => ({ id: w.learner.holdings.claimId }), body: { json: () => ({ decision: "REJECTED", reason: "The score report does not match." }) } },
  },
  "app/api/admin/claims/[id]/route.ts": { GET: { as: "admin", params: (w) => ({ id: w.learner.holdings.claimId }) } },
  "app/api/admin/claims/route.ts": { GET: { as: "admin", query: () => ({ status: "SUBMITTED" }) } },
  "app/api/admin/enrollments/route.ts": {
    GET: { as: "admin" },
    POST: { as: "admin", body: { json: (w) => ({ email: w.other.email, examCode: "AZ-104", plan: "standard", priceCents: 4900, currency: "EUR", targetDate: "2027-01-15" }) } },
  },
  "app/api/admin/policies/route.ts": {
    GET: { as: "admin" },
    POST: {
      as: "admin",
      body: {
        json: () => ({
          examCode: "AZ-204",
          rules: DEFAULT_POLICY,
        }),
      },
    },
  },
  "app/api/attempts/[id]/items/[position]/check/route.ts": {
    POST: {
      as: "learner",
      reveals: true,
      params: (w) => ({ id: w.learner.holdings.openPracticeAttemptId, position: "0" }),
      owned: (_, owner) => ({ params: { id: owner.holdings.openPracticeAttemptId, position: "0" } }),
    },
  },
  "app/api/attempts/[id]/items/[position]/route.ts": {
    PUT: {
      as: "learner",
      params: item,
      body: { json: () => ({ response: { type: "single", choice: "a" }, flagged: true }) },
      owned: (_, owner) => ({ params: { id: owner.holdings.examAttemptId, position: "0" } }),
    },
  },
  "app/api/attempts/[id]/position/route.ts": {
    PUT: { as: "learner", params: attempt, body: { json: () => ({ position: 3 }) }, owned: (_, owner) => ({ params: { id: owner.holdings.examAttemptId } }) },
  },
  "app/api/attempts/[id]/route.ts": { GET: { as: "learner", params: attempt, owned: (_, owner) => ({ params: { id: owner.holdings.examAttemptId } }) } },
  "app/api/attempts/[id]/submit/route.ts": {
    POST: { as: "learner", reveals: true, params: attempt, owned: (_, owner) => ({ params: { id: owner.holdings.examAttemptId } }) },
  },
  "app/api/attempts/route.ts": { POST: { as: "learner", body: { json: () => ({ mode: "PRACTICE", examCode: "AZ-204", count: 3, skillAreas: ["compute"] }) } } },
  "app/api/auth/[...nextauth]/route.ts": {
    outOfProcess: "next-auth reads next/headers through require(), which only works inside a Next.js server; fuzzed over HTTP in tests/system/production-server.system.test.ts",
  },
  "app/api/auth/forgot-password/route.ts": { POST: { as: "anonymous", body: { json: (w) => ({ email: w.learner.email }) } } },
  "app/api/auth/reset-password/route.ts": { POST: { as: "anonymous", body: { json: () => ({ token: "A".repeat(43), password: "a brand new password" }) } } },
  "app/api/auth/signup/route.ts": { POST: { as: "anonymous", body: { json: () => ({ name: "Fuzz", email: "fuzz@example.com", password: "a long enough password" }) } } },
  "app/api/author/import/route.ts": {
    POST: {
      as: "author",
      body: {
        multipart: () => ({
          format: "markdown",
          examCode: "AZ-204",
          skillAreaKey: "compute",
          mapping: "",
          dryRun: "true",
          files: new Blob(["## Which one?\n- [x] A\n- [ ] B\n"], { type: "text/markdown" }),
        }),
      },
    },
  },
  "app/api/author/questions/[id]/retire/route.ts": { POST: { as: "author", params: (w) => ({ id: w.unseenQuestionId }) } },
  "app/api/author/questions/[id]/route.ts": {
    GET: { as: "author", params: (w) => ({ id: w.unseenQuestionId }) },
    PUT: { as: "author", params: (w) => ({ id: w.unseenQuestionId }), body: { json: (w) => question(w.unseenQuestionId) } },
  },
  "app/api/author/questions/route.ts": {
    GET: { as: "author", query: () => ({ exam: "AZ-204", status: "PUBLISHED", q: "which", page: "1" }) },
    POST: { as: "author", body: { json: () => question("fuzz-new-question") } },
  },
  "app/api/author/reports/[id]/route.ts": {
    PATCH: { as: "author", params: (w) => ({ id: w.learner.holdings.reportId }), body: { json: () => ({ status: "RESOLVED", note: "Fixed the typo." }) } },
  },
  "app/api/claims/[id]/upload/route.ts": {
    GET: { as: "learner", params: (w) => ({ id: w.learner.holdings.claimId }), owned: (_, owner) => ({ params: { id: owner.holdings.claimId } }) },
  },
  "app/api/guarantee/[slug]/claim/route.ts": { POST: { as: "learner", params: slug, body: { multipart: claimForm } } },
  "app/api/guarantee/[slug]/enrollment/route.ts": { POST: { as: "learner", params: slug, body: { json: () => ({ targetDate: "2026-12-01" }) } } },
  "app/api/guarantee/[slug]/route.ts": { GET: { as: "learner", params: slug } },
  "app/api/health/route.ts": { GET: { as: "anonymous" } },
  "app/api/notebook/notes/[questionId]/route.ts": {
    PUT: { as: "learner", params: (w) => ({ questionId: w.learner.holdings.notedQuestionId }), body: { json: () => ({ text: "Remember the consumption plan." }) } },
    DELETE: { as: "learner", params: (w) => ({ questionId: w.learner.holdings.notedQuestionId }) },
  },
  "app/api/notebook/retry/route.ts": { POST: { as: "learner", body: { json: () => ({ examCode: "AZ-204", skillArea: "compute", q: "option" }) } } },
  "app/api/ping/route.ts": { GET: { as: "anonymous" } },
  "app/api/planner/ics/route.ts": { GET: { as: "anonymous", query: () => ({ exam: "az-204", date: "2027-03-01", hours: "6" }) } },
  "app/api/readiness/outcomes/route.ts": {
    POST: { as: "learner", body: { json: () => ({ examCode: "AZ-204", takenOn: new Date().toISOString().slice(0, 10), passed: false, score: 650 }) } },
  },
  "app/api/reports/route.ts": {
    GET: { as: "learner" },
    POST: { as: "learner", body: { json: (w) => ({ questionId: w.learner.holdings.notedQuestionId, kind: "UNCLEAR", text: "The stem could say which tier." }) } },
  },
  "app/api/review/cards/[id]/route.ts": {
    PATCH: {
      as: "learner",
      params: (w) => ({ id: w.learner.holdings.reviewCardId }),
      body: { json: () => ({ retired: true }) },
      owned: (_, owner) => ({ params: { id: owner.holdings.reviewCardId } }),
    },
  },
  "app/api/review/guess/route.ts": {
    PUT: {
      as: "learner",
      body: { json: (w) => ({ attemptId: w.learner.holdings.practiceAttemptId, position: 0, guessed: true }) },
      owned: (_, owner) => ({ body: { attemptId: owner.holdings.practiceAttemptId, position: 0, guessed: true } }),
    },
  },
  "app/api/review/quiz/route.ts": { POST: { as: "learner", body: { json: () => ({ examCode: "AZ-204", limit: 5 }) } } },
  "app/api/review/retry/route.ts": {
    POST: {
      as: "learner",
      body: { json: (w) => ({ attemptId: w.learner.holdings.practiceAttemptId }) },
      owned: (_, owner) => ({ body: { attemptId: owner.holdings.practiceAttemptId } }),
    },
  },
  "app/api/review/smart/route.ts": { POST: { as: "learner", body: { json: () => ({ examCode: "AZ-204", count: 5 }) } } },
};

/** Every fuzzable route and method with its spec (routes only reachable over HTTP left out). */
export const METHOD_ENTRIES = Object.entries(ROUTE_SPECS).flatMap(([file, spec]) =>
  "outOfProcess" in spec ? [] : Object.entries(spec).map(([method, methodSpec]) => ({ file, method: method as Method, spec: methodSpec as MethodSpec })),
);
