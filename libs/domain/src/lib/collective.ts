/**
 * Collectives: the groups a neighbourhood organises itself in. Memberships are never overwritten:
 * leaving sets `until`, so a collective can be seen as of any date.
 */
export enum CollectiveKind {
  /** bewonerscommissie */
  RESIDENT_COMMITTEE = 'RESIDENT_COMMITTEE',
  /** buurtapp / WhatsApp group */
  APP_GROUP = 'APP_GROUP',
  /** buurthuisteam */
  COMMUNITY_CENTRE_TEAM = 'COMMUNITY_CENTRE_TEAM',
  /** vereniging */
  ASSOCIATION = 'ASSOCIATION',
  INFORMAL_GROUP = 'INFORMAL_GROUP',
  SPORTS_CLUB = 'SPORTS_CLUB',
  FAITH_COMMUNITY = 'FAITH_COMMUNITY',
  SCHOOL_COMMUNITY = 'SCHOOL_COMMUNITY',
  OTHER = 'OTHER',
}

export enum MembershipRole {
  CHAIR = 'CHAIR',
  COORDINATOR = 'COORDINATOR',
  /** beheerder of an app group */
  MODERATOR = 'MODERATOR',
  VOLUNTEER = 'VOLUNTEER',
  MEMBER = 'MEMBER',
}

export interface Collective {
  id: string;
  tenantId: string;
  name: string;
  kind: CollectiveKind;
  placeId: string;
  description: string | null;
  externalId: string | null;
}

export interface Membership {
  id: string;
  tenantId: string;
  collectiveId: string;
  personId: string;
  role: MembershipRole;
  since: string;
  until: string | null;
  externalId: string | null;
}
