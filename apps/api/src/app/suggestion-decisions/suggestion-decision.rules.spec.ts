import { ErrorCode } from '@weefsel/domain';
import { AppError } from '../common/app-error';
import {
  acceptanceDates,
  addDays,
  dismissalNote,
  FollowUpOutcome,
  followUpDates,
  introductionSummary,
  keepsSuggestionHidden,
  SuggestionDecisionStatus,
  SuggestionDismissReason,
  tieNote,
  WrittenLanguage,
} from './suggestion-decision.rules';

/** The code and field of the AppError `fn` throws, or null when it throws none. */
function refusal(fn: () => unknown): { code: string; field: unknown } | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, field: e.details['field'] };
  }
}

const TODAY = '2026-11-21';

describe('addDays', () => {
  it('counts calendar days across month and year ends and a leap day', () => {
    expect(addDays('2026-11-21', 14)).toBe('2026-12-05');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    // 2028 is a leap year: 28 February + 1 = 29 February
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    // across the last Sunday of March (DST in Europe): UTC arithmetic keeps whole days
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});

describe('keepsSuggestionHidden', () => {
  const decided = (status: SuggestionDecisionStatus, reason: SuggestionDismissReason | null) => ({
    status,
    reason,
    decidedOn: '2026-01-01',
  });

  it('keeps accepted and dismissed suggestions away for good, whatever the date', () => {
    expect(keepsSuggestionHidden(decided(SuggestionDecisionStatus.ACCEPTED, null), '2030-01-01')).toBe(true);
    for (const reason of [
      SuggestionDismissReason.ALREADY_KNOW_EACH_OTHER,
      SuggestionDismissReason.NOT_SUITABLE,
      SuggestionDismissReason.PERSON_DECLINED,
      SuggestionDismissReason.OTHER,
    ]) {
      expect(keepsSuggestionHidden(decided(SuggestionDecisionStatus.DISMISSED, reason), '2030-01-01')).toBe(true);
    }
  });

  it('lets a NOT_NOW dismissal come back on the 90th day after it', () => {
    const notNow = decided(SuggestionDecisionStatus.DISMISSED, SuggestionDismissReason.NOT_NOW);
    // 2026-01-01 + 90 days = 2026-04-01 (31 + 28 + 31 = 90)
    expect(keepsSuggestionHidden(notNow, '2026-03-31')).toBe(true);
    expect(keepsSuggestionHidden(notNow, '2026-04-01')).toBe(false);
  });
});

describe('acceptanceDates', () => {
  it('defaults to today and a follow-up 14 days later', () => {
    expect(acceptanceDates({}, TODAY)).toEqual({ occurredOn: TODAY, followUpOn: '2026-12-05' });
    expect(acceptanceDates({ occurredOn: '2026-11-01' }, TODAY)).toEqual({
      occurredOn: '2026-11-01',
      followUpOn: '2026-11-15',
    });
  });

  it('takes the dates given, the follow-up on the day itself included', () => {
    expect(acceptanceDates({ occurredOn: '2026-11-20', followUpOn: '2026-11-20' }, TODAY)).toEqual({
      occurredOn: '2026-11-20',
      followUpOn: '2026-11-20',
    });
  });

  it('refuses an introduction in the future, a follow-up before it and one more than a year ahead', () => {
    expect(refusal(() => acceptanceDates({ occurredOn: '2027-01-01' }, TODAY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'occurredOn',
    });
    expect(refusal(() => acceptanceDates({ occurredOn: '2026-11-10', followUpOn: '2026-11-09' }, TODAY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'followUpOn',
    });
    expect(refusal(() => acceptanceDates({ occurredOn: '2026-11-10', followUpOn: '2027-11-12' }, TODAY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'followUpOn',
    });
  });
});

describe('dismissalNote', () => {
  it('needs a note for OTHER, and only spaces is no note', () => {
    expect(refusal(() => dismissalNote(SuggestionDismissReason.OTHER, '   '))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'note',
    });
    expect(dismissalNote(SuggestionDismissReason.OTHER, ' verhuist binnenkort ')).toBe('verhuist binnenkort');
  });

  it('makes the note optional for the other reasons', () => {
    expect(dismissalNote(SuggestionDismissReason.NOT_NOW, undefined)).toBeNull();
    expect(dismissalNote(SuggestionDismissReason.PERSON_DECLINED, '')).toBeNull();
  });
});

describe('followUpDates', () => {
  it('plans TRY_AGAIN 14 days after the follow-up, or on the date given', () => {
    expect(followUpDates(FollowUpOutcome.TRY_AGAIN, {}, TODAY)).toEqual({
      completedOn: TODAY,
      nextFollowUpOn: '2026-12-05',
    });
    expect(followUpDates(FollowUpOutcome.TRY_AGAIN, { followUpOn: '2026-12-01' }, TODAY)).toEqual({
      completedOn: TODAY,
      nextFollowUpOn: '2026-12-01',
    });
  });

  it('closes TIE_MADE and NO_TIE, and refuses a new date for them', () => {
    expect(followUpDates(FollowUpOutcome.TIE_MADE, {}, TODAY)).toEqual({ completedOn: TODAY, nextFollowUpOn: null });
    expect(refusal(() => followUpDates(FollowUpOutcome.NO_TIE, { followUpOn: '2026-12-01' }, TODAY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'followUpOn',
    });
  });

  it('refuses a follow-up in the future and a next date on or before it', () => {
    expect(refusal(() => followUpDates(FollowUpOutcome.TIE_MADE, { completedOn: '2027-01-01' }, TODAY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'completedOn',
    });
    expect(refusal(() => followUpDates(FollowUpOutcome.TRY_AGAIN, { followUpOn: TODAY }, TODAY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'followUpOn',
    });
  });
});

describe('introductionSummary and tieNote', () => {
  const explanation = { nl: 'Stel Ans voor aan Bert.', en: 'Introduce Ans to Bert.' };

  it('writes the explanation in the worker’s language, then the note', () => {
    expect(introductionSummary(explanation, WrittenLanguage.NL, 'Bij de bakker')).toBe(
      'Gatenvuller, voorstel opgepakt: Stel Ans voor aan Bert.\n\nNotitie: Bij de bakker',
    );
    expect(introductionSummary(explanation, WrittenLanguage.EN, null)).toBe(
      'Gap filler, suggestion taken up: Introduce Ans to Bert.',
    );
  });

  it('writes both languages when none is given', () => {
    expect(introductionSummary(explanation, null, null)).toBe(
      'Gatenvuller, voorstel opgepakt: Stel Ans voor aan Bert.\n\nGap filler, suggestion taken up: Introduce Ans to Bert.',
    );
  });

  it('notes where a tie came from, and keeps a long explanation to one line of at most 600 characters', () => {
    expect(tieNote(explanation, WrittenLanguage.EN)).toBe('Introduced through the gap filler (Introduce Ans to Bert.)');
    const long = tieNote({ nl: 'x'.repeat(1000), en: '' }, null);
    expect(long.startsWith('Kennismaking via de gatenvuller (')).toBe(true);
    expect(long.length).toBe('Kennismaking via de gatenvuller ('.length + 600 + 1);
  });
});
