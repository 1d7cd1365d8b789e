/**
 * Calendar arithmetic for the demo neighbourhood. Dates are ISO strings (YYYY-MM-DD) computed in UTC, so the
 * output never depends on the machine's time zone; nothing here reads the clock.
 */
import { isIsoDate } from '@weefsel/domain';
import { SeededRandom } from './seeded-random';

const DAY_MS = 24 * 60 * 60 * 1000;

function toMs(date: string): number {
  if (!isIsoDate(date)) throw new Error(`seed/demo-dates: not a date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** The later of two dates. */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/** A date uniformly drawn in [from, to], both included; `to` before `from` gives `from`. */
export function dateBetween(rng: SeededRandom, from: string, to: string): string {
  const span = daysBetween(from, to);
  if (span <= 0) return from;
  return addDays(from, rng.int(0, span));
}

/** A date in [from, to] drawn towards `to` (the recent end): density grows linearly towards `to`. */
export function recentDateBetween(rng: SeededRandom, from: string, to: string): string {
  const span = daysBetween(from, to);
  if (span <= 0) return from;
  const u = Math.max(rng.next(), rng.next());
  return addDays(from, Math.min(span, Math.floor(u * (span + 1))));
}

/** `month`/`day` (1-based) of `year`, clamped to a real date (29 February in a common year becomes the 28th). */
export function dateOf(year: number, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  for (let d = day; d >= 28; d--) {
    const candidate = `${year}-${mm}-${String(d).padStart(2, '0')}`;
    if (isIsoDate(candidate)) return candidate;
  }
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** A random date within calendar year `year`, but never after `notAfter`. */
export function dateInYear(rng: SeededRandom, year: number, notAfter: string): string {
  return earlierOf(dateBetween(rng, `${year}-01-01`, `${year}-12-31`), notAfter);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toMs(date)).getUTCDay();
}

/** The year of a date as a number. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
