/**
 * Dates of the map's "as of" controls, as YYYY-MM-DD strings in the user's own calendar (the API's LocalDate).
 * The time slider counts whole months back from today.
 */

/** Today in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function isoOf(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** The same day `months` months later (earlier when negative); the 31st becomes the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoOf(year, month, Math.min(d, lastDay));
}

/** Whole months from `from` to `to` (negative when `to` is earlier): 2025-11-21 → 2026-11-21 is 12. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const months = y2 * 12 + m2 - (y1 * 12 + m1);
  if (months > 0 && d2 < d1) return months - 1;
  if (months < 0 && d2 > d1) return months + 1;
  return months;
}
