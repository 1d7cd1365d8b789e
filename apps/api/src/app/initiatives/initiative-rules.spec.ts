import { ErrorCode, InitiativePhase } from '@weefsel/domain';
import { AppError } from '../common/app-error';
import { applyInitiativeDates, InitiativeDates } from './initiative-rules';

const TODAY = '2026-03-15';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('applyInitiativeDates, new initiative', () => {
  it('starts as an IDEA without dates', () => {
    expect(applyInitiativeDates(null, {}, TODAY)).toEqual({
      phase: InitiativePhase.IDEA,
      startedOn: null,
      endedOn: null,
    });
  });

  it('records today as the end of an initiative created as ENDED without an end date', () => {
    expect(applyInitiativeDates(null, { phase: InitiativePhase.ENDED, startedOn: '2025-01-01' }, TODAY)).toEqual({
      phase: InitiativePhase.ENDED,
      startedOn: '2025-01-01',
      endedOn: TODAY,
    });
  });

  it('keeps a given end date, also a planned one while not ended', () => {
    expect(
      applyInitiativeDates(
        null,
        { phase: InitiativePhase.STARTING, startedOn: '2026-04-01', endedOn: '2026-04-01' },
        TODAY,
      ).endedOn,
    ).toBe('2026-04-01');
  });

  it('refuses an end before the start with BAD_USER_INPUT on endedOn', () => {
    const error = errorOf(() => applyInitiativeDates(null, { startedOn: '2025-05-01', endedOn: '2025-04-30' }, TODAY));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'endedOn' });
    expect(error.message).toContain('2025-04-30');
  });
});

describe('applyInitiativeDates, changes', () => {
  const active: InitiativeDates = { phase: InitiativePhase.ACTIVE, startedOn: '2025-01-01', endedOn: null };
  const ended: InitiativeDates = { phase: InitiativePhase.ENDED, startedOn: '2025-01-01', endedOn: '2025-12-31' };

  it('leaves what is not mentioned', () => {
    expect(applyInitiativeDates(active, {}, TODAY)).toEqual(active);
    expect(applyInitiativeDates(ended, {}, TODAY)).toEqual(ended);
  });

  it('ends today when the phase becomes ENDED', () => {
    expect(applyInitiativeDates(active, { phase: InitiativePhase.ENDED }, TODAY).endedOn).toBe(TODAY);
  });

  it('keeps an end date given with the phase change', () => {
    expect(applyInitiativeDates(active, { phase: InitiativePhase.ENDED, endedOn: '2026-01-31' }, TODAY).endedOn).toBe(
      '2026-01-31',
    );
  });

  it('does not move the end date of an initiative that was already ENDED', () => {
    expect(applyInitiativeDates(ended, { phase: InitiativePhase.ENDED }, TODAY).endedOn).toBe('2025-12-31');
  });

  it('clears the end date when an ended initiative is revived', () => {
    expect(applyInitiativeDates(ended, { phase: InitiativePhase.NEEDS_SUPPORT }, TODAY)).toEqual({
      phase: InitiativePhase.NEEDS_SUPPORT,
      startedOn: '2025-01-01',
      endedOn: null,
    });
  });

  it('blames startedOn when only the start moves past the end', () => {
    const error = errorOf(() => applyInitiativeDates(ended, { startedOn: '2026-01-01' }, TODAY));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'startedOn' });
  });

  it('refuses ending today an initiative that starts in the future', () => {
    const planned: InitiativeDates = { phase: InitiativePhase.STARTING, startedOn: '2026-06-01', endedOn: null };
    expect(() => applyInitiativeDates(planned, { phase: InitiativePhase.ENDED }, TODAY)).toThrow(AppError);
  });

  it('lets a start date be cleared', () => {
    expect(applyInitiativeDates(ended, { startedOn: null }, TODAY).startedOn).toBeNull();
  });
});
