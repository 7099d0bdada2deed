/** How long ago a figure kept in memory was computed, for "computed … ago" beside it. */
export function describeAge(computedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - computedAt) / 60_000);
  if (minutes < 1) return "less than a minute ago";
  if (minutes < 60) return minutes === 1 ? "1 minute ago" : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
}
