/**
 * Help requests and offers (lesson 3): helpers outnumber requests about ten to one, because asking is hard
 * (vraagverlegenheid). A need for *contact* is a first-class need, not only practical help.
 */
export enum NeedKind {
  PRACTICAL = 'PRACTICAL',
  SOCIAL_CONTACT = 'SOCIAL_CONTACT',
  INFORMATION = 'INFORMATION',
  TRANSPORT = 'TRANSPORT',
  GROCERIES = 'GROCERIES',
  EMOTIONAL_SUPPORT = 'EMOTIONAL_SUPPORT',
  OTHER = 'OTHER',
}

export enum HelpRequestStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum HelpOfferStatus {
  AVAILABLE = 'AVAILABLE',
  MATCHED = 'MATCHED',
  PAUSED = 'PAUSED',
  WITHDRAWN = 'WITHDRAWN',
}

export interface HelpRequest {
  id: string;
  tenantId: string;
  personId: string;
  need: NeedKind;
  description: string | null;
  status: HelpRequestStatus;
  requestedOn: string;
  matchedOfferId: string | null;
}

export interface HelpOffer {
  id: string;
  tenantId: string;
  personId: string;
  need: NeedKind;
  description: string | null;
  status: HelpOfferStatus;
  offeredOn: string;
}
