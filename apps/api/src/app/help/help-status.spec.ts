import { ErrorCode, HelpOfferStatus, HelpRequestStatus } from '@weefsel/domain';
import { AppError } from '../common/app-error';
import { matchError, offerStatusChangeError, requestStatusChange } from './help-status';

const R = HelpRequestStatus;
const O = HelpOfferStatus;

function codeOf(fn: () => unknown): ErrorCode | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : null;
  }
}

describe('requestStatusChange', () => {
  it('refuses MATCHED: only matchHelp matches', () => {
    expect(codeOf(() => requestStatusChange(R.OPEN, R.MATCHED))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('changes nothing when the status stays the same', () => {
    expect(requestStatusChange(R.MATCHED, R.MATCHED)).toEqual({ clearMatch: false, releaseOffer: false });
  });

  it('from MATCHED: CLOSED keeps who helped and frees the helper; OPEN and WITHDRAWN undo the match', () => {
    expect(requestStatusChange(R.MATCHED, R.CLOSED)).toEqual({ clearMatch: false, releaseOffer: true });
    expect(requestStatusChange(R.MATCHED, R.OPEN)).toEqual({ clearMatch: true, releaseOffer: true });
    expect(requestStatusChange(R.MATCHED, R.WITHDRAWN)).toEqual({ clearMatch: true, releaseOffer: true });
  });

  it('reopening a closed request forgets its old helper and frees no one', () => {
    expect(requestStatusChange(R.CLOSED, R.OPEN)).toEqual({ clearMatch: true, releaseOffer: false });
    expect(requestStatusChange(R.OPEN, R.CLOSED)).toEqual({ clearMatch: false, releaseOffer: false });
  });
});

describe('offerStatusChangeError', () => {
  it('refuses MATCHED: only matchHelp matches', () => {
    expect(offerStatusChangeError(O.AVAILABLE, O.MATCHED, null)?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('refuses to drop a live match', () => {
    expect(offerStatusChangeError(O.MATCHED, O.WITHDRAWN, 'req-1')?.code).toBe(ErrorCode.CONFLICT);
    expect(offerStatusChangeError(O.MATCHED, O.AVAILABLE, 'req-1')?.code).toBe(ErrorCode.CONFLICT);
  });

  it('lets a MATCHED offer without a live request (its request was erased) become available', () => {
    expect(offerStatusChangeError(O.MATCHED, O.AVAILABLE, null)).toBeNull();
  });

  it('allows pausing and withdrawing an unmatched offer', () => {
    expect(offerStatusChangeError(O.AVAILABLE, O.PAUSED, null)).toBeNull();
    expect(offerStatusChangeError(O.PAUSED, O.WITHDRAWN, null)).toBeNull();
    expect(offerStatusChangeError(O.MATCHED, O.MATCHED, 'req-1')).toBeNull();
  });
});

describe('matchError', () => {
  const open = { personId: 'asker', status: R.OPEN };
  const available = { personId: 'helper', status: O.AVAILABLE };

  it('matches an open request with someone else’s available offer', () => {
    expect(matchError(open, available)).toBeNull();
  });

  it('refuses a resident answering their own request', () => {
    expect(matchError(open, { ...available, personId: 'asker' })?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it.each([R.MATCHED, R.CLOSED, R.WITHDRAWN])('refuses a %s request with CONFLICT', (status) => {
    const error = matchError({ ...open, status }, available);
    expect(error?.code).toBe(ErrorCode.CONFLICT);
    expect(error?.message).toContain(status);
  });

  it.each([O.MATCHED, O.PAUSED, O.WITHDRAWN])('refuses a %s offer with CONFLICT', (status) => {
    const error = matchError(open, { ...available, status });
    expect(error?.code).toBe(ErrorCode.CONFLICT);
    expect(error?.message).toContain(status);
  });
});
