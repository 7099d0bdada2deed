import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "@/lib/domain/catalog/catalog-schema.ts";
import { EXPERIENCE, PIPELINES, ROLES, type AdvisorProfile } from "./advisor-rules.ts";
import { advisePath, type Advice, type AdvisorExam } from "./advise-path.ts";

const TODAY = "2026-03-01";

/** The bundled catalog, shaped as the server's exam DTOs are. */
function bundledExams(): AdvisorExam[] {
  return parseCatalog(fs.readFileSync("prisma/catalog/exams.yaml", "utf8")).exams.map((exam) => ({
    code: exam.code,
    title: exam.title,
    prerequisites: exam.prerequisites.map((group) => group.map((code) => ({ code }))),
    lifecycle: exam.lifecycle
      ? { retirementDate: exam.lifecycle.retirementDate.toISOString().slice(0, 10), successorCode: exam.lifecycle.successorCode ?? null, confirmed: exam.lifecycle.confirmed }
      : null,
  }));
}

const EXAMS = bundledExams();
const CODES = EXAMS.map((exam) => exam.code);
const byCode = new Map(EXAMS.map((exam) => [exam.code, exam]));

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

const PROFILES: AdvisorProfile[] = EXPERIENCE.flatMap((experience) =>
  ROLES.flatMap((role) => PIPELINES.flatMap((pipelines) => subsets(CODES).map((held) => ({ experience, role, pipelines, held })))),
);

const label = (p: AdvisorProfile) => `${p.role}/${p.experience}/${p.pipelines}/held[${p.held.join(",")}]`;
const index = (advice: Advice, code: string) => advice.path.findIndex((step) => step.code === code);

describe("advisePath over every profile", () => {
  it("enumerates the whole answer space", () => {
    expect(PROFILES).toHaveLength(3 * 4 * 3 * 16);
  });

  for (const profile of PROFILES) {
    it(`keeps every invariant for ${label(profile)}`, () => {
      const advice = advisePath(profile, EXAMS, TODAY);
      const held = new Set(profile.held);

      expect(advice.reasons.length).toBeGreaterThan(0);
      expect(advice.reasons.every((reason) => reason.length > 20)).toBe(true);
      expect(new Set(advice.path.map((s) => s.code)).size).toBe(advice.path.length);

      for (const [i, step] of advice.path.entries()) {
        expect(step.why.length).toBeGreaterThan(10);
        // Held exams are never something to take again; exams not held never show as held.
        expect(step.status === "held").toBe(held.has(step.code));
        if (step.status === "held") continue;
        for (const group of byCode.get(step.code)!.prerequisites) {
          const earlier = group.some(({ code }) => {
            const j = index(advice, code);
            return held.has(code) || (j !== -1 && j < i && (step.status === "optional" || advice.path[j]!.status !== "optional"));
          });
          expect(earlier, `${step.code} at ${i} comes before its prerequisite`).toBe(true);
        }
      }

      const firstTake = advice.path.find((s) => s.status === "take");
      expect(advice.next?.code ?? null).toBe(firstTake?.code ?? null);
      if (advice.next) {
        expect(advice.headline).toContain(advice.next.code);
        // The first exam to take never lacks a prerequisite the learner does not already hold.
        for (const group of byCode.get(advice.next.code)!.prerequisites) expect(group.some(({ code }) => held.has(code))).toBe(true);
      }
      expect(advice.goal === null).toBe(advice.next === null);

      const az400 = index(advice, "AZ-400");
      if (az400 !== -1 && !held.has("AZ-104") && !held.has("AZ-204")) {
        const bridge = advice.path.findIndex((s) => (s.code === "AZ-104" || s.code === "AZ-204") && s.status !== "held");
        expect(bridge, "AZ-400 without a prerequisite must bring one").toBeGreaterThanOrEqual(0);
        expect(bridge).toBeLessThan(az400);
        // Either the bridge says it is there for AZ-400, or AZ-400 says which step before it meets its prerequisite.
        expect(`${advice.path[bridge]!.why} ${advice.path[az400]!.why}`).toMatch(/AZ-400 requires AZ-104 or AZ-204 first|(It requires|also hold|also need) AZ-104 or AZ-204/);
        if (advice.goal?.code === "AZ-400" && !held.has("AZ-400")) expect(advice.reasons.join(" ")).toMatch(/AZ-400 requires AZ-104 or AZ-204 first/);
      }

      if (advice.path.some((s) => s.code === "AZ-204" && s.status !== "held")) expect(advice.notes.join(" ")).toMatch(/AZ-204 is reported to retire on 31 July 2026/);
      if (!advice.path.some((s) => s.code === "AZ-204" && s.status !== "held")) expect(advice.notes.join(" ")).not.toMatch(/AZ-204/);
    });
  }
});

describe("advisePath's recommendations", () => {
  const fresh = (role: AdvisorProfile["role"], experience: AdvisorProfile["experience"] = "none", pipelines: AdvisorProfile["pipelines"] = "none", held: string[] = []) =>
    advisePath({ role, experience, pipelines, held }, EXAMS, TODAY);

  it("sends every developer who holds nothing to AZ-204 first, whatever their experience or pipelines", () => {
    for (const experience of EXPERIENCE) {
      for (const pipelines of PIPELINES) expect(fresh("developer", experience, pipelines).next?.code, `${experience}/${pipelines}`).toBe("AZ-204");
    }
  });

  it("explains AZ-204 to a developer new to Azure and offers AZ-900 as an optional, skippable start", () => {
    const advice = fresh("developer");
    expect(advice.headline).toBe("Take AZ-204 first");
    expect(advice.reasons[0]).toMatch(/Azure developer exam/);
    expect(advice.path.map((s) => [s.code, s.status])).toEqual([
      ["AZ-900", "optional"],
      ["AZ-204", "take"],
    ]);
    expect(advice.path[0]!.why).toMatch(/skip it: AZ-204 does not require it/);
  });

  it("lays out AZ-900 → AZ-204 → AZ-400 for a developer new to Azure who owns the pipelines, and says why AZ-204 comes before AZ-400", () => {
    const advice = fresh("developer", "none", "own");
    expect(advice.path.map((s) => s.code)).toEqual(["AZ-900", "AZ-204", "AZ-400"]);
    expect(advice.goal?.code).toBe("AZ-400");
    expect(advice.headline).toBe("Take AZ-204 first, then AZ-400");
    expect(advice.reasons[1]).toBe("AZ-400 requires AZ-104 or AZ-204 first; as a developer, AZ-204 is the one that matches your work — the applications your pipelines build and ship.");
  });

  it("bridges administrators and DevOps engineers through AZ-104, and skips the bridge when one is held", () => {
    expect(fresh("administrator", "experienced", "own").path.map((s) => s.code)).toEqual(["AZ-104", "AZ-400"]);
    expect(fresh("devops", "some").path.map((s) => s.code)).toEqual(["AZ-104", "AZ-400"]);
    const holdsDev = fresh("devops", "experienced", "own", ["AZ-204"]);
    expect(holdsDev.next?.code).toBe("AZ-400");
    expect(holdsDev.path.map((s) => [s.code, s.status])).toEqual([
      ["AZ-204", "held"],
      ["AZ-400", "take"],
    ]);
  });

  it("moves a developer who holds AZ-204 on to AZ-400, and an administrator who holds AZ-104 likewise", () => {
    expect(fresh("developer", "experienced", "none", ["AZ-204"]).goal?.code).toBe("AZ-400");
    expect(fresh("administrator", "experienced", "none", ["AZ-104"]).goal?.code).toBe("AZ-400");
  });

  it("points non-technical people to AZ-900, with AZ-400 only as a later step behind its prerequisite", () => {
    expect(fresh("non-technical", "some").path.map((s) => s.code)).toEqual(["AZ-900"]);
    const owner = fresh("non-technical", "some", "own");
    expect(owner.next?.code).toBe("AZ-900");
    expect(owner.path.map((s) => [s.code, s.status])).toEqual([
      ["AZ-900", "take"],
      ["AZ-104", "optional"],
      ["AZ-400", "optional"],
    ]);
  });

  it("shows a contributor to pipelines AZ-400 as a later, optional step that their associate exam unlocks", () => {
    const advice = fresh("developer", "some", "contribute");
    expect(advice.path.map((s) => [s.code, s.status])).toEqual([
      ["AZ-204", "take"],
      ["AZ-400", "optional"],
    ]);
    expect(advice.path[1]!.why).toMatch(/It requires AZ-104 or AZ-204 — AZ-204, earlier on this path, meets that\.$/);
  });

  it("completes the certification of someone who passed AZ-400 without a prerequisite", () => {
    const advice = fresh("devops", "experienced", "own", ["AZ-400"]);
    expect(advice.next?.code).toBe("AZ-104");
    expect(advice.headline).toBe("Take AZ-104 to complete your AZ-400 certification");
    expect(advice.path[0]!.why).toMatch(/To earn the certification for AZ-400, which you have passed, you also need AZ-104 or AZ-204/);
  });

  it("finishes a passed AZ-400 on the way for someone whose own goal is elsewhere", () => {
    const developer = fresh("developer", "some", "none", ["AZ-400"]);
    expect(developer.path.map((s) => [s.code, s.status])).toEqual([
      ["AZ-204", "take"],
      ["AZ-400", "held"],
    ]);
    expect(developer.path[1]!.why).toBe("You have passed AZ-400. Its certification is awarded once you also hold AZ-104 or AZ-204 — AZ-204, earlier on this path, completes it.");
    const manager = fresh("non-technical", "some", "none", ["AZ-900", "AZ-400"]);
    expect(manager.goal?.code).toBe("AZ-400");
    expect(manager.next?.code).toBe("AZ-104");
  });

  it("says so when the learner already holds what it would recommend", () => {
    const advice = fresh("devops", "experienced", "own", ["AZ-104", "AZ-400"]);
    expect(advice.goal).toBeNull();
    expect(advice.path.every((s) => s.status === "held")).toBe(true);
    expect(advice.headline).toMatch(/already hold/);
  });
});

describe("advisePath reads prerequisites from the catalog", () => {
  const withExam = (code: string, change: Partial<AdvisorExam>) => EXAMS.map((exam) => (exam.code === code ? { ...exam, ...change } : exam));

  it("follows a catalog where AZ-400 requires AZ-104 only, even for a developer", () => {
    const exams = withExam("AZ-400", { prerequisites: [[{ code: "AZ-104" }]] });
    const advice = advisePath({ role: "developer", experience: "experienced", pipelines: "own", held: [] }, exams, TODAY);
    expect(advice.path.map((s) => s.code)).toEqual(["AZ-104", "AZ-400"]);
    expect(advice.path[0]!.why).toBe("AZ-400 requires AZ-104 first.");
  });

  it("lets a developer take AZ-400 first when the catalog drops its prerequisite", () => {
    const exams = withExam("AZ-400", { prerequisites: [] });
    const advice = advisePath({ role: "developer", experience: "experienced", pipelines: "own", held: [] }, exams, TODAY);
    expect(advice.path.map((s) => s.code)).toEqual(["AZ-400"]);
  });

  it("bridges through the exam still offered when the preferred one has retired", () => {
    const exams = withExam("AZ-204", { lifecycle: { retirementDate: "2026-01-31", successorCode: "AI-200", confirmed: true } });
    const owner = advisePath({ role: "developer", experience: "experienced", pipelines: "own", held: [] }, exams, TODAY);
    expect(owner.path.map((s) => s.code)).toEqual(["AZ-104", "AZ-400"]);
    const developer = advisePath({ role: "developer", experience: "experienced", pipelines: "none", held: [] }, exams, TODAY);
    expect(developer.goal).toBeNull();
    expect(developer.headline).toBe("AZ-204 is no longer offered");
  });

  it("words a reported retirement by whether its date has passed", () => {
    const before = advisePath({ role: "developer", experience: "some", pipelines: "none", held: [] }, EXAMS, "2026-03-01");
    expect(before.notes).toEqual(["AZ-204 is reported to retire on 31 July 2026, with AI-200 as its successor — not confirmed by Microsoft. Check the official exam page before you book."]);
    const after = advisePath({ role: "developer", experience: "some", pipelines: "none", held: [] }, EXAMS, "2026-11-26");
    expect(after.notes[0]).toMatch(/^AZ-204 was reported to retire on 31 July 2026/);
  });
});
