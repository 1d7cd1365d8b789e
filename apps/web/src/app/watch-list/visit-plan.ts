/**
 * The visit plan, pure: which residents to visit this week, grouped by street in a walking order, and which
 * visits are done. A visit counts as done when the resident has a contact moment on or after the plan's start.
 *
 * Walking order: Weefsel knows streets, not house numbers or coordinates, so the plan walks one street at a time
 * — the street with the most urgent resident first — and within a street the most urgent resident first.
 *
 * The plan lives in the URL (`?visit=id,id&since=YYYY-MM-DD`), never in localStorage: who a worker visits is
 * personal data and must not outlive the session; a URL can be bookmarked or sent to a colleague, and the ids
 * mean nothing without signing in.
 */
import { isIsoDate } from '@weefsel/domain';

/** "Not visited in 4 weeks". */
export const NOT_VISITED_DAYS = 28;
/** A plan longer than this is not a week's work; also bounds the URL. */
export const PLAN_MAX = 40;
export const TOP_DEFAULT = 8;

export interface PlanCandidate {
  id: string;
  name: string;
  streetId: string;
  streetName: string;
  rank: number | null;
  lastContact: string | null;
}

export interface PlanVisit<T extends PlanCandidate> {
  /** 1, 2, 3 … through the whole plan, in walking order */
  order: number;
  entry: T;
  done: boolean;
}

export interface PlanStreet<T extends PlanCandidate> {
  streetId: string;
  streetName: string;
  visits: PlanVisit<T>[];
}

export interface VisitPlan<T extends PlanCandidate> {
  since: string;
  streets: PlanStreet<T>[];
  total: number;
  done: number;
  /** selected ids that are not among the loaded residents (another place, moved away, erased) */
  missing: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return utcDay(to) - utcDay(from);
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(utcDay(iso) + days);
}

/** Monday to Sunday of the week that holds `iso` (a Dutch week starts on Monday). */
export function weekOf(iso: string): { start: string; end: string } {
  const day = utcDay(iso);
  const weekday = (new Date(day * 86_400_000).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return { start: isoOfDay(day - weekday), end: isoOfDay(day - weekday + 6) };
}

/** No contact moment at all, or the newest one `days` or more days before `today`. */
export function notVisitedFor(entry: Pick<PlanCandidate, 'lastContact'>, today: string, days = NOT_VISITED_DAYS) {
  return entry.lastContact === null || daysBetween(entry.lastContact, today) >= days;
}

/** The ids of the first `n` ranked residents (in the order given) not visited in four weeks. */
export function topNotVisited(entries: readonly PlanCandidate[], n: number, today: string): string[] {
  return entries
    .filter((entry) => entry.rank !== null && notVisitedFor(entry, today))
    .slice(0, Math.max(0, Math.min(n, PLAN_MAX)))
    .map((entry) => entry.id);
}

/** `?visit=` as ids: only UUIDs, each once, at most PLAN_MAX. */
export function parseIds(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim().toLowerCase();
    if (UUID.test(id) && !ids.includes(id) && ids.length < PLAN_MAX) ids.push(id);
  }
  return ids;
}

/** The ids as `?visit=`; null (no parameter) for an empty plan. */
export function serialiseIds(ids: readonly string[]): string | null {
  return ids.length === 0 ? null : ids.join(',');
}

/** `?since=` when it is a real date not after today; otherwise null. */
export function parseSince(raw: string | null | undefined, today: string): string | null {
  return raw && isIsoDate(raw) && raw <= today ? raw : null;
}

function byUrgency(a: PlanCandidate, b: PlanCandidate): number {
  const rank = (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY);
  return Number.isNaN(rank) || rank === 0 ? a.name.localeCompare(b.name, 'nl') : rank;
}

export function buildPlan<T extends PlanCandidate>(
  entries: readonly T[],
  selected: readonly string[],
  since: string,
): VisitPlan<T> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const chosen = selected.map((id) => byId.get(id)).filter((entry): entry is T => entry !== undefined);
  const missing = selected.filter((id) => !byId.has(id));

  const streets = new Map<string, T[]>();
  for (const entry of chosen) {
    const list = streets.get(entry.streetId) ?? [];
    list.push(entry);
    streets.set(entry.streetId, list);
  }
  const ordered = [...streets.values()]
    .map((list) => list.sort(byUrgency))
    .sort((a, b) => byUrgency(a[0], b[0]) || a[0].streetName.localeCompare(b[0].streetName, 'nl'));

  let order = 0;
  let done = 0;
  const planStreets = ordered.map((list) => ({
    streetId: list[0].streetId,
    streetName: list[0].streetName,
    visits: list.map((entry) => {
      const visited = entry.lastContact !== null && entry.lastContact >= since;
      if (visited) done++;
      return { order: ++order, entry, done: visited };
    }),
  }));
  return { since, streets: planStreets, total: order, done, missing };
}
