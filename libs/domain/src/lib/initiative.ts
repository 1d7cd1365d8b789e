/**
 * Initiatives (lesson 2): what residents start together, and what it means for small neighbour contacts.
 */
export enum InitiativeKind {
  /** e.g. a help platform matching helpers and requests */
  NEIGHBOUR_HELP = 'NEIGHBOUR_HELP',
  /** e.g. a TaartExpress bringing cake to someone who deserves it */
  ATTENTION = 'ATTENTION',
  /** e.g. a berenactie: teddy bears in windows for children's walks */
  STREET_ACTION = 'STREET_ACTION',
  MEAL_SHARING = 'MEAL_SHARING',
  SOCIAL_ACTIVITY = 'SOCIAL_ACTIVITY',
  CULTURE = 'CULTURE',
  GREEN = 'GREEN',
  PLAY_AND_YOUTH = 'PLAY_AND_YOUTH',
  OTHER = 'OTHER',
}

export enum InitiativePhase {
  IDEA = 'IDEA',
  STARTING = 'STARTING',
  ACTIVE = 'ACTIVE',
  NEEDS_SUPPORT = 'NEEDS_SUPPORT',
  DORMANT = 'DORMANT',
  ENDED = 'ENDED',
}

export enum ParticipationRole {
  INITIATOR = 'INITIATOR',
  ORGANISER = 'ORGANISER',
  VOLUNTEER = 'VOLUNTEER',
  PARTICIPANT = 'PARTICIPANT',
  RECIPIENT = 'RECIPIENT',
}

export interface Initiative {
  id: string;
  tenantId: string;
  name: string;
  kind: InitiativeKind;
  phase: InitiativePhase;
  placeId: string;
  startedOn: string | null;
  endedOn: string | null;
  /** what it means for the street: the small contacts it made (lesson 2) */
  meaningForStreet: string | null;
  supportNeeded: string | null;
  supportingCollectiveIds: string[];
  externalId: string | null;
}

export interface Participation {
  id: string;
  tenantId: string;
  initiativeId: string;
  personId: string;
  role: ParticipationRole;
  since: string;
  until: string | null;
}
