/**
 * The community worker's contact log (lesson 5): short, frequent, mostly in the street.
 */
export enum ContactChannel {
  STREET = 'STREET',
  PHONE = 'PHONE',
  APP_GROUP = 'APP_GROUP',
  HOME_VISIT = 'HOME_VISIT',
  MEETING = 'MEETING',
  ONLINE = 'ONLINE',
}

export enum ContactSignal {
  LONELINESS_CONCERN = 'LONELINESS_CONCERN',
  IDEA = 'IDEA',
  HELP_REQUEST = 'HELP_REQUEST',
  HELP_OFFER = 'HELP_OFFER',
}

export interface ContactMoment {
  id: string;
  tenantId: string;
  workerId: string;
  personIds: string[];
  placeId: string;
  channel: ContactChannel;
  occurredOn: string;
  summary: string;
  signals: ContactSignal[];
}
