import { AuditLogEntity } from '../audit/audit-log.entity';
import { CollectiveEntity, MembershipEntity } from '../collectives/collective.entity';
import { ContactMomentEntity, ContactMomentPersonEntity } from '../contact-moments/contact-moment.entity';
import { HelpOfferEntity, HelpRequestEntity } from '../help/help.entity';
import { InitiativeCollectiveEntity, InitiativeEntity, ParticipationEntity } from '../initiatives/initiative.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import {
  SuggestionDecisionEntity,
  SuggestionDecisionPersonEntity,
} from '../suggestion-decisions/suggestion-decision.entity';
import { TieEntity } from '../ties/tie.entity';
import { UserEntity, UserPlaceEntity } from '../users/user.entity';
import { InitialSchema1763750000000 } from './migrations/1763750000000-initial-schema';
import { DataVersion1763840000000 } from './migrations/1763840000000-data-version';
import { SuggestionDecisions1764000000000 } from './migrations/1764000000000-suggestion-decisions';

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  UserPlaceEntity,
  PlaceEntity,
  PersonEntity,
  CollectiveEntity,
  MembershipEntity,
  InitiativeEntity,
  InitiativeCollectiveEntity,
  ParticipationEntity,
  TieEntity,
  ContactMomentEntity,
  ContactMomentPersonEntity,
  HelpRequestEntity,
  HelpOfferEntity,
  AuditLogEntity,
  SuggestionDecisionEntity,
  SuggestionDecisionPersonEntity,
];

/** Explicit migrations, applied in this order; each has a `down`. */
export const MIGRATIONS = [InitialSchema1763750000000, DataVersion1763840000000, SuggestionDecisions1764000000000];
