/**
 * How long ago a tie was last confirmed, counted the way the analysis counts it, so the page flags exactly the ties
 * the gap-filler asks about (libs/graph suggestions/unconfirmed-ties.ts, CHECK_UNCONFIRMED_TIE, and at-risk's
 * NO_TIE_CONFIRMED_SINCE): the last confirmation, or the start of the tie when it was never confirmed, in whole
 * calendar months up to today; a date after today counts as today. 12 or more months is "unconfirmed".
 */

/** `unconfirmedMonths` of libs/graph (health/at-risk.ts DEFAULTS): from here on the gap-filler asks for a check */
export const UNCONFIRMED_MONTHS = 12;

/**
 * Whole calendar months from `from` to `to` (YYYY-MM-DD): 2024-01-15 → 2025-01-15 is 12, → 2025-01-14 is 11.
 * The same rule as libs/graph `wholeMonthsBetween` (health/snapshot.ts), which the web does not import.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number);
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && td < fd) return months - 1;
  if (months < 0 && td > fd) return months + 1;
  return months;
}

export interface Confirmation {
  /** whole months since the last confirmation (or the start), never negative */
  months: number;
  /** not confirmed for UNCONFIRMED_MONTHS or more: the worker should check that the tie still holds */
  stale: boolean;
  /** confirmed today already: nothing to confirm */
  today: boolean;
}

export function confirmation(tie: { since: string; lastConfirmedOn: string | null }, today: string): Confirmation {
  const last = (tie.lastConfirmedOn ?? tie.since).slice(0, 10);
  const clamped = last > today ? today : last;
  const months = Math.max(0, wholeMonthsBetween(clamped, today));
  return { months, stale: months >= UNCONFIRMED_MONTHS, today: tie.lastConfirmedOn?.slice(0, 10) === today };
}
