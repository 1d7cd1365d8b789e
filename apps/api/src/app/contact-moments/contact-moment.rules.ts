/**
 * Pure rules of the contact log and of the other dated records a worker writes down afterwards
 * (help requests and offers): no dates in the future, a stable "newest first" order.
 */
import { isIsoDate } from '@weefsel/domain';
import { badInput } from '../common/app-error';
import { CursorKey } from '../common/pagination';
import { today } from '../common/dates';

/** UTC+14 (Kiribati) is the earliest time zone: a date is "in the future" only when it is tomorrow everywhere. */
const EARLIEST_ZONE_MS = 14 * 60 * 60 * 1000;

/**
 * The latest date that is today somewhere on earth. `today()` is UTC, and a worker in Amsterdam who logs a
 * contact at 00:30 local time (22:30 UTC) writes down a date that UTC still calls tomorrow; that date is fine.
 */
export function latestToday(now: Date = new Date()): string {
  return today(new Date(now.getTime() + EARLIEST_ZONE_MS));
}

/** Refuses a date after today: a contact moment, request or offer is recorded after it happened. */
export function assertNotInFuture(date: string, field: string, what: string, now: Date = new Date()): void {
  if (date > latestToday(now)) {
    throw badInput(`${what} cannot be in the future (${date}); write down the day it happened.`, field);
  }
}

/** Trims a required text; only spaces counts as empty. */
export function requiredText(value: string, field: string, message: string): string {
  const text = value.trim();
  if (!text) throw badInput(message, field);
  return text;
}

/** Trims an optional text; empty becomes null. */
export function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** The same value twice in a list means nothing more: keep the first of each, in order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Keyset cursor for "newest first" lists ordered by (date DESC, created_at DESC, id DESC). `created_at`
 * travels as PostgreSQL's own text of the timestamp, so its microseconds survive the round trip (a JS Date
 * would cut them to milliseconds and skip rows created within the same millisecond).
 */
export interface NewestFirstKey {
  date: string;
  createdAt: string;
  id: string;
}

const SEPARATOR = '|';

export function newestFirstCursorKey(key: NewestFirstKey): CursorKey {
  return [`${key.date}${SEPARATOR}${key.createdAt}`, key.id];
}

export function parseNewestFirstCursorKey([sortKey, id]: CursorKey): NewestFirstKey {
  const at = sortKey.indexOf(SEPARATOR);
  const date = at < 0 ? '' : sortKey.slice(0, at);
  const createdAt = at < 0 ? '' : sortKey.slice(at + 1);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  // PostgreSQL's text of a timestamptz, e.g. 2026-03-15 10:04:05.123456+00
  const timestamp = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
  if (!isIsoDate(date) || !timestamp.test(createdAt) || !uuid.test(id)) {
    throw badInput('The page cursor is not valid: start again from the first page.', 'after');
  }
  return { date, createdAt, id };
}
