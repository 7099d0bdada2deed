/** UTC calendar day of a date, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Consecutive days with at least one answer, ending today — or yesterday, so a streak is not
 * shown as broken in the morning before the learner has practised.
 */
export function currentStreak(activeDays: Iterable<string>, today: Date): number {
  const days = new Set(activeDays);
  const cursor = new Date(`${dayOf(today)}T00:00:00Z`);
  if (!days.has(dayOf(cursor))) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let streak = 0;
  while (days.has(dayOf(cursor))) {
    streak += 1;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return streak;
}

/**
 * Study time from answer timestamps: gaps up to `idleCapMinutes` count as study, longer gaps
 * count as that cap (the learner was reading, then left). Honest rather than flattering.
 */
export function studyMinutes(answeredAt: readonly Date[], idleCapMinutes = 5): number {
  const times = [...answeredAt].map((d) => d.getTime()).sort((a, b) => a - b);
  let total = 0;
  for (let i = 1; i < times.length; i++) total += Math.min(times[i]! - times[i - 1]!, idleCapMinutes * 60_000);
  // The first answer of the record took some reading too.
  if (times.length > 0) total += Math.min(60_000, idleCapMinutes * 60_000);
  return Math.round(total / 60_000);
}
