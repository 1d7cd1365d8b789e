import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InitiativeHealth', {
  description: 'What an initiative means for the street (lesson 2): its people, reach, the ties it created.',
})
export class InitiativeHealthModel {
  @Field(() => ID)
  initiativeId: string;

  @Field()
  name: string;

  @Field()
  phase: string;

  @Field()
  running: boolean;

  @Field(() => Int, { description: 'people taking part at the date' })
  activePeople: number;

  @Field({ description: 'only one initiator or organiser is active: it hangs on one person' })
  dependsOnOneInitiator: boolean;

  @Field(() => String, { nullable: true })
  soleInitiatorLabel: string | null;

  @Field(() => Int, { description: 'streets its people live in' })
  streets: number;

  @Field(() => Float, { nullable: true, description: 'E-I index of the streets of its people' })
  eiIndexStreets: number | null;

  @Field(() => Int, { description: 'collectives its people belong to' })
  collectives: number;

  @Field(() => Int, { description: 'ties created via it, valid at the date' })
  tiesCreated: number;

  @Field(() => Int)
  weakTiesCreated: number;

  @Field(() => Int)
  crossStreetTiesCreated: number;

  @Field(() => Int)
  bridgingTiesCreated: number;

  @Field(() => Int, { description: 'ties ever created via it, also those that ended' })
  tiesCreatedEver: number;
}
