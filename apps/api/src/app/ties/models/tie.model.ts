import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EcogramFunction, TieKind, TieSource, TieVisibility } from '@weefsel/domain';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';

registerEnumType(TieKind, { name: 'TieKind' });
registerEnumType(EcogramFunction, {
  name: 'EcogramFunction',
  description: 'What a relation gives: Practical, companionship (Gezelschap), Advice, Emotional support',
});
registerEnumType(TieSource, { name: 'TieSource' });
registerEnumType(TieVisibility, { name: 'TieVisibility' });

@ObjectType('Tie', { description: 'An undirected social tie between two residents; ended ties keep their history.' })
export class TieModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personAId: string;

  @Field(() => ID)
  personBId: string;

  @Field(() => TieKind)
  kind: TieKind;

  @Field(() => [EcogramFunction])
  functions: EcogramFunction[];

  @Field(() => Int, { description: '1 (weak) to 5 (strong); 1–2 counts as a weak tie' })
  strength: number;

  @Field(() => LocalDateScalar)
  since: string;

  @Field(() => LocalDateScalar, { nullable: true })
  until: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  lastConfirmedOn: string | null;

  @Field(() => TieSource)
  source: TieSource;

  @Field(() => Float)
  confidence: number;

  @Field(() => ID, { nullable: true })
  originInitiativeId: string | null;

  @Field(() => TieVisibility)
  visibility: TieVisibility;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;
}

@ObjectType()
export class TieConnection extends Paginated(TieModel) {}
