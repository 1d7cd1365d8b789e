/**
 * How help requests and offers move between statuses. A request becomes MATCHED only through matchHelp
 * (with the offer that answers it), and the two sides stay consistent: a MATCHED request points at its
 * offer, and that offer is MATCHED while the request is.
 */
import { HelpOfferStatus, HelpRequestStatus } from '@weefsel/domain';
import { AppError, badInput, conflict } from '../common/app-error';

export interface RequestStatusEffect {
  /** forget which offer answered the request */
  clearMatch: boolean;
  /** the matched offer, if still MATCHED, becomes AVAILABLE again */
  releaseOffer: boolean;
}

const NOTHING: RequestStatusEffect = { clearMatch: false, releaseOffer: false };

/**
 * What changing a request's status means for its match. From MATCHED: CLOSED keeps the match as a record
 * of who helped and frees the helper; OPEN and WITHDRAWN undo the match. A request that is not MATCHED has
 * no live match; reopening a CLOSED one forgets its old helper.
 */
export function requestStatusChange(from: HelpRequestStatus, to: HelpRequestStatus): RequestStatusEffect {
  if (from === to) return NOTHING;
  if (to === HelpRequestStatus.MATCHED) {
    throw badInput(
      'A request becomes MATCHED by matching it with an offer (matchHelp), not by setting its status.',
      'status',
    );
  }
  if (from === HelpRequestStatus.MATCHED) {
    return { clearMatch: to !== HelpRequestStatus.CLOSED, releaseOffer: true };
  }
  return { clearMatch: to !== HelpRequestStatus.CLOSED, releaseOffer: false };
}

/**
 * May an offer's status change? `matchedRequestId` is the request currently MATCHED with this offer, if any:
 * the helper cannot silently drop a live match, because the resident who asked would not know.
 * Returns the error to throw, or null.
 */
export function offerStatusChangeError(
  from: HelpOfferStatus,
  to: HelpOfferStatus,
  matchedRequestId: string | null,
): AppError | null {
  if (from === to) return null;
  if (to === HelpOfferStatus.MATCHED) {
    return badInput(
      'An offer becomes MATCHED by matching it with a request (matchHelp), not by setting its status.',
      'status',
    );
  }
  if (matchedRequestId) {
    // the request's id is left out: it may belong to a street the viewer does not cover
    return conflict(
      'This offer is matched with a help request. Undo that match first (unmatchHelp), ' +
        'or close the request when the help was given.',
    );
  }
  return null;
}

/** Why a request and an offer cannot be matched, or null when they can. */
export function matchError(
  request: { personId: string; status: HelpRequestStatus },
  offer: { personId: string; status: HelpOfferStatus },
): AppError | null {
  if (request.personId === offer.personId) {
    return badInput('A resident cannot answer their own request: choose an offer from someone else.', 'offerId');
  }
  if (request.status !== HelpRequestStatus.OPEN) {
    const hint =
      request.status === HelpRequestStatus.MATCHED
        ? ' It is already matched: undo that match first (unmatchHelp) to choose another offer.'
        : ' Reopen it first (updateHelpRequest with status OPEN) if help is needed again.';
    return conflict(`Only an open request can be matched; this request is ${request.status}.${hint}`);
  }
  if (offer.status !== HelpOfferStatus.AVAILABLE) {
    const hint =
      offer.status === HelpOfferStatus.MATCHED
        ? ' The helper is already matched with another request.'
        : ' Make it available again first (updateHelpOffer with status AVAILABLE) if the helper agrees.';
    return conflict(`Only an available offer can be matched; this offer is ${offer.status}.${hint}`);
  }
  return null;
}
