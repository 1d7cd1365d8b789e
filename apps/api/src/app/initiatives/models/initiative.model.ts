import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InitiativeKind, InitiativePhase, ParticipationRole } from '@weefsel/domain';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';

registerEnumType(InitiativeKind, { name: 'InitiativeKind' });
registerEnumType(InitiativePhase, { name: 'InitiativePhase' });
registerEnumType(ParticipationRole, { name: 'ParticipationRole' });

@ObjectType('Initiative', { description: 'What residents start together, and what it means for the street.' })
export class InitiativeModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => InitiativeKind)
  kind: InitiativeKind;

  @Field(() => InitiativePhase)
  phase: InitiativePhase;

  @Field(() => ID)
  placeId: string;

  @Field(() => LocalDateScalar, { nullable: true })
  startedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What it means for the street: the small contacts it made.' })
  meaningForStreet: string | null;

  @Field(() => String, { nullable: true })
  supportNeeded: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType('Participation', { description: 'Never overwritten: stopping sets `until`.' })
export class ParticipationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  initiativeId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ParticipationRole)
  role: ParticipationRole;

  @Field(() => LocalDateScalar)
  since: string;

  @Field(() => LocalDateScalar, { nullable: true })
  until: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType()
export class InitiativeConnection extends Paginated(InitiativeModel) {}
