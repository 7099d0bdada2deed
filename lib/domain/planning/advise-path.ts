import {
  BRIDGE_PREFERENCES,
  FUNDAMENTALS,
  GOAL_RULES,
  LATER_STEPS,
  type AdvisorProfile,
  type GoalRule,
} from "./advisor-rules.ts";
import type { IsoDay } from "./dates.ts";
import { lifecycleNote } from "./lifecycle-note.ts";

/** The catalog facts the advisor needs; the server's ExamDto has this shape. */
export type AdvisorExam = {
  code: string;
  title: string;
  /** All groups are required; any one exam of a group meets it. */
  prerequisites: readonly (readonly { code: string }[])[];
  lifecycle: { retirementDate: IsoDay; successorCode: string | null; confirmed: boolean } | null;
};

export type StepStatus = "held" | "take" | "optional";
export type AdvisorStep = { code: string; title: string; status: StepStatus; why: string };

export type Advice = {
  goal: { code: string; title: string } | null;
  /** The exam to take first: the first step to take on the path. */
  next: { code: string; title: string } | null;
  headline: string;
  reasons: string[];
  /** In the order to take them; every step comes after the prerequisites it needs. */
  path: AdvisorStep[];
  notes: string[];
};

const orList = (codes: readonly string[]) => (codes.length <= 1 ? codes.join("") : `${codes.slice(0, -1).join(", ")} or ${codes.at(-1)}`);

function matches(rule: { when: GoalRule["when"] }, profile: AdvisorProfile): boolean {
  const { role, pipelines, experience, holds } = rule.when;
  return (
    (!role || role.includes(profile.role)) &&
    (!pipelines || pipelines.includes(profile.pipelines)) &&
    (!experience || experience.includes(profile.experience)) &&
    (!holds || holds.some((code) => profile.held.includes(code)))
  );
}

/**
 * Which exam to take first and the whole path to the learner's goal. The goal comes from the
 * advisor's rules; the order from the catalog's prerequisites, so a path never puts an exam
 * before one it requires, and says why each step is there.
 */
export function advisePath(profile: AdvisorProfile, exams: readonly AdvisorExam[], today: IsoDay): Advice {
  const byCode = new Map(exams.map((exam) => [exam.code, exam]));
  const held = new Set(profile.held.filter((code) => byCode.has(code)));
  const retired = (code: string) => {
    const lifecycle = byCode.get(code)?.lifecycle;
    return Boolean(lifecycle?.confirmed && lifecycle.retirementDate <= today);
  };

  // An exam counts as done when it is held and everything it requires is done too: someone who
  // passed AZ-400 without AZ-104 or AZ-204 has not yet earned its certification.
  const done = (code: string, seen = new Set<string>()): boolean => {
    if (!held.has(code) || seen.has(code)) return false;
    seen.add(code);
    return (byCode.get(code)?.prerequisites ?? []).every((group) => group.some((member) => done(member.code, new Set(seen))));
  };

  const open = (rule: GoalRule) => matches(rule, profile) && byCode.has(rule.goal) && !done(rule.goal);
  // A retired exam cannot be booked any more, unless it is already passed and only needs completing.
  const goalRule = GOAL_RULES.find((rule) => open(rule) && (held.has(rule.goal) || !retired(rule.goal)));
  const retiredGoal = goalRule ? undefined : GOAL_RULES.find((rule) => open(rule) && retired(rule.goal));
  const path: AdvisorStep[] = [];
  const position = (code: string) => path.findIndex((step) => step.code === code);
  const bridge = BRIDGE_PREFERENCES.find((preference) => preference.role === profile.role);

  const add = (code: string, why: string, status: "take" | "optional"): void => {
    if (position(code) !== -1) return;
    const exam = byCode.get(code)!;
    const isHeld = held.has(code);
    const missing: string[] = [];
    for (const group of exam.prerequisites) {
      const members = group.map((member) => member.code).filter((member) => byCode.has(member));
      const heldMember = members.find((member) => done(member));
      if (heldMember) {
        if (position(heldMember) === -1) path.push({ code: heldMember, title: byCode.get(heldMember)!.title, status: "held", why: `You hold ${heldMember}, which meets ${code}'s prerequisite.` });
        continue;
      }
      const onPath = members.find((member) => position(member) !== -1 && (status === "optional" || path[position(member)]!.status !== "optional"));
      if (onPath) {
        missing.push(`${isHeld ? "also hold" : "requires"} ${orList(members)} — ${onPath}, earlier on this path, ${isHeld ? "completes it" : "meets that"}`);
        continue;
      }
      const offered = members.filter((member) => !retired(member));
      const candidates = offered.length > 0 ? offered : members;
      const pick = bridge && candidates.includes(bridge.prefer) ? bridge.prefer : candidates[0];
      if (!pick) continue;
      const because = pick === bridge?.prefer ? `; ${bridge.why}` : members.length > 1 ? `; ${pick} is the first of them in the catalog` : "";
      const lead = isHeld ? `To earn the certification for ${code}, which you have passed, you also need ${orList(members)}` : `${code} requires ${orList(members)} first`;
      add(pick, `${lead}${because}.`, status);
      if (isHeld) missing.push(`also hold ${orList(members)}`);
    }
    const extra = missing.map((text) => (isHeld ? ` Its certification is awarded once you ${text}.` : ` It ${text}.`)).join("");
    path.push({ code, title: exam.title, status: isHeld ? "held" : status, why: isHeld ? `You have passed ${code}.${extra}` : `${why}${extra}` });
  };

  if (goalRule) add(goalRule.goal, goalRule.why, "take");

  for (const later of LATER_STEPS) {
    if (!goalRule || !matches({ when: later.when }, profile) || !byCode.has(later.code) || done(later.code) || position(later.code) !== -1) continue;
    add(later.code, later.why, "optional");
  }

  // A passed exam whose certification still lacks a prerequisite is finished off on the way.
  const unfinished = exams.filter((exam) => held.has(exam.code) && !done(exam.code));
  for (const exam of unfinished) add(exam.code, "", "take");
  const completing = goalRule ? undefined : unfinished[0];

  const fundamentals = byCode.get(FUNDAMENTALS.code);
  if (fundamentals && position(fundamentals.code) === -1) {
    if (held.has(fundamentals.code) && path.length > 0) {
      path.unshift({ code: fundamentals.code, title: fundamentals.title, status: "held", why: `You hold ${fundamentals.code}: the fundamentals are covered.` });
    } else if (goalRule && FUNDAMENTALS.offerTo.experience.includes(profile.experience) && !retired(fundamentals.code)) {
      const first = path.find((step) => step.status === "take");
      const skip = first ? ` You can skip it: ${first.code} does not require it.` : "";
      path.unshift({ code: fundamentals.code, title: fundamentals.title, status: "optional", why: `${FUNDAMENTALS.why}${skip}` });
    }
  }

  const nextStep = path.find((step) => step.status === "take") ?? null;
  const goalCode = goalRule?.goal ?? completing?.code;
  const goal = goalCode ? { code: goalCode, title: byCode.get(goalCode)!.title } : null;
  const next = nextStep ? { code: nextStep.code, title: nextStep.title } : null;
  const notes = path
    .filter((step) => step.status !== "held")
    .flatMap((step) => {
      const lifecycle = byCode.get(step.code)!.lifecycle;
      return lifecycle ? [lifecycleNote(step.code, lifecycle, today)] : [];
    });

  if (!goal || !next) {
    const heldList = exams.filter((exam) => held.has(exam.code)).map((exam) => exam.code);
    return {
      goal: null,
      next: null,
      headline: retiredGoal ? `${retiredGoal.goal} is no longer offered` : "You already hold the exams we would recommend",
      reasons: [
        retiredGoal
          ? `For your answers we would point you to ${retiredGoal.goal}, but it has been retired. Compare the exams to choose another.`
          : `For your answers, the exam we would point you to is one you already hold (${heldList.join(", ")}). Compare the exams to pick a next challenge outside your current role.`,
      ],
      path: heldList.map((code) => ({ code, title: byCode.get(code)!.title, status: "held" as const, why: `You hold ${code}.` })),
      notes: [],
    };
  }

  const reasons = [goalRule ? goalRule.why : path[position(goal.code)]!.why];
  if (next.code !== goal.code) reasons.push(nextStep!.why);
  return {
    goal,
    next,
    headline:
      next.code === goal.code
        ? `Take ${next.code} first`
        : held.has(goal.code)
          ? `Take ${next.code} to complete your ${goal.code} certification`
          : `Take ${next.code} first, then ${goal.code}`,
    reasons,
    path,
    notes,
  };
}
