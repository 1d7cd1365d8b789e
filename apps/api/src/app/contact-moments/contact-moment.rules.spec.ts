import { ErrorCode } from '@weefsel/domain';
import { AppError } from '../common/app-error';
import { encodeCursor, decodeCursor } from '../common/pagination';
import {
  assertNotInFuture,
  distinct,
  latestToday,
  newestFirstCursorKey,
  optionalText,
  parseNewestFirstCursorKey,
  requiredText,
} from './contact-moment.rules';

function codeOf(fn: () => unknown): ErrorCode | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : null;
  }
}

describe('latestToday', () => {
  it('is the UTC date while it is not yet tomorrow anywhere', () => {
    expect(latestToday(new Date('2026-03-15T09:00:00Z'))).toBe('2026-03-15');
  });

  it('is tomorrow once UTC+14 has reached it (Amsterdam at 00:30 CET = 23:30 UTC)', () => {
    expect(latestToday(new Date('2026-03-15T23:30:00Z'))).toBe('2026-03-16');
    expect(latestToday(new Date('2026-03-15T10:00:00Z'))).toBe('2026-03-16');
    expect(latestToday(new Date('2026-03-15T09:59:59Z'))).toBe('2026-03-15');
  });
});

describe('assertNotInFuture', () => {
  const now = new Date('2026-03-15T09:00:00Z');

  it('accepts today and the past', () => {
    expect(codeOf(() => assertNotInFuture('2026-03-15', 'occurredOn', 'A contact moment', now))).toBeNull();
    expect(codeOf(() => assertNotInFuture('2020-01-01', 'occurredOn', 'A contact moment', now))).toBeNull();
  });

  it('refuses a date that is tomorrow everywhere, naming the field', () => {
    let error: unknown;
    try {
      assertNotInFuture('2026-03-16', 'occurredOn', 'A contact moment', now);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as AppError).details).toEqual({ field: 'occurredOn' });
    expect((error as AppError).message).toContain('2026-03-16');
  });
});

describe('texts and lists', () => {
  it('trims a required text and refuses one of only spaces', () => {
    expect(requiredText('  met at the bench ', 'summary', 'x')).toBe('met at the bench');
    expect(codeOf(() => requiredText('   ', 'summary', 'x'))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('turns an empty optional text into null', () => {
    expect(optionalText('  ')).toBeNull();
    expect(optionalText(null)).toBeNull();
    expect(optionalText(undefined)).toBeNull();
    expect(optionalText(' boodschappen ')).toBe('boodschappen');
  });

  it('keeps the first of each value, in order', () => {
    expect(distinct(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});

describe('newest-first cursor', () => {
  const key = {
    date: '2026-03-15',
    createdAt: '2026-03-15 10:04:05.123456+00',
    id: '3f2b8c1e-9d4a-4b6e-8f00-0123456789ab',
  };

  it('round-trips through an encoded cursor, keeping the microseconds', () => {
    expect(parseNewestFirstCursorKey(decodeCursor(encodeCursor(newestFirstCursorKey(key))))).toEqual(key);
  });

  it.each([
    [['2026-03-15', key.id]],
    [['2026-02-30|2026-03-15 10:04:05+00', key.id]],
    [['2026-03-15|yesterday', key.id]],
    [['2026-03-15|2026-03-15 10:04:05+00', 'not-a-uuid']],
  ])('refuses a tampered key %j with BAD_USER_INPUT', (bad) => {
    expect(codeOf(() => parseNewestFirstCursorKey(bad as [string, string]))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
