/** Today's date as YYYY-MM-DD in UTC: the default `asOf` of every figure. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
