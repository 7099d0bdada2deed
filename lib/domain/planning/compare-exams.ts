// What a learner asks first when two exams sit side by side: which comes first, which is
// harder, how long each is and where each puts its weight — in sentences, from catalog facts.

export type CompareExam = {
  code: string;
  difficulty: number;
  questionCount: number;
  durationMinutes: number;
  prerequisites: readonly (readonly { code: string }[])[];
  skillAreas: readonly { name: string; weightMin: number; weightMax: number }[];
};

const orList = (codes: readonly string[]) => (codes.length <= 1 ? codes.join("") : `${codes.slice(0, -1).join(", ")} or ${codes.at(-1)}`);

function order(a: CompareExam, b: CompareExam): string {
  for (const [first, then] of [
    [a, b],
    [b, a],
  ] as const) {
    const group = then.prerequisites.find((g) => g.some((member) => member.code === first.code));
    if (group) {
      const others = group.length > 1 ? ` (${orList(group.map((m) => m.code))})` : "";
      return `${first.code} meets ${then.code}'s prerequisite${others}, so take ${first.code} first.`;
    }
  }
  const needs = [a, b].filter((exam) => exam.prerequisites.length > 0);
  const requirement = needs.map((exam) => `${exam.code} requires ${exam.prerequisites.map((g) => orList(g.map((m) => m.code))).join(" and ")}`).join("; ");
  return needs.length === 0 ? "Neither requires the other: you can take them in either order." : `Neither meets the other's prerequisite — ${requirement}.`;
}

function difficulty(a: CompareExam, b: CompareExam): string {
  if (a.difficulty === b.difficulty) return `We rate both ${a.difficulty}/5 for difficulty.`;
  const [hard, easy] = a.difficulty > b.difficulty ? [a, b] : [b, a];
  return `We rate ${hard.code} harder: ${hard.difficulty}/5 against ${easy.difficulty}/5 for ${easy.code}.`;
}

function length(a: CompareExam, b: CompareExam): string {
  if (a.questionCount === b.questionCount && a.durationMinutes === b.durationMinutes) return `Both have about ${a.questionCount} questions in ${a.durationMinutes} minutes.`;
  return `${a.code} has about ${a.questionCount} questions in ${a.durationMinutes} minutes; ${b.code} about ${b.questionCount} in ${b.durationMinutes}.`;
}

function largest(exam: CompareExam): string {
  const top = [...exam.skillAreas].sort((x, y) => y.weightMin + y.weightMax - (x.weightMin + x.weightMax))[0];
  return top ? `${top.name} (${top.weightMin}–${top.weightMax} %)` : "not published";
}

/** Plain sentences on how two exams relate: order, difficulty, length and weight. */
export function describeRelation(a: CompareExam, b: CompareExam): string[] {
  if (a.code === b.code) return [`${a.code} is on both sides: pick another exam to compare it with.`];
  return [order(a, b), difficulty(a, b), length(a, b), `${a.code} puts most weight on ${largest(a)}; ${b.code} on ${largest(b)}.`];
}

/** Every unordered pair of exams, in catalog order — the compare pages worth listing. */
export function examPairs<T>(exams: readonly T[]): [T, T][] {
  return exams.flatMap((a, i) => exams.slice(i + 1).map((b) => [a, b] as [T, T]));
}
