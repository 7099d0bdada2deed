import type { SmartPick } from "./plan-session.ts";

/** Why smart practice picked this question, in the learner's words. */
export function describePick(pick: SmartPick): string {
  const e = pick.estimate;
  const evidence =
    e.answered === 0
      ? "you have not answered any of its questions yet"
      : `you got ${e.correct} of your last ${e.answered} right (estimated ${Math.round(e.accuracy * 100)}\u00a0%)`;
  const weight = `${e.weightMin}–${e.weightMax}\u00a0% of the exam`;
  const area =
    pick.areaRank === 1
      ? `${e.name} is where a point helps most: ${evidence}, and it is ${weight}.`
      : `${e.name}: ${evidence}; it is ${weight} (${ordinal(pick.areaRank)} most in need).`;
  const near = Math.abs(pick.difficulty - e.level) <= 1 ? "near your level there" : "the closest left to your level there";
  const level = `Difficulty ${pick.difficulty} of 5, ${near} (${e.level.toFixed(1)})`;
  return `${area} ${level}${pick.seen ? "; you have seen it before." : "; new to you."}`;
}

function ordinal(n: number): string {
  const words = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
  return words[n] ?? `${n}th`;
}
