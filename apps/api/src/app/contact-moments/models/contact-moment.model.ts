import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactChannel, ContactSignal } from '@weefsel/domain';
import { LocalDateScalar } from '../../common/local-date.scalar';
import { Paginated } from '../../common/pagination';

registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'Where or how the contact took place.' });
registerEnumType(ContactSignal, {
  name: 'ContactSignal',
  description: 'What the worker noticed: a loneliness concern, an idea, a need for help, an offer of help.',
});

@ObjectType('ContactMomentWorker', { description: 'The community worker who logged a contact moment.' })
export class ContactMomentWorkerModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('ContactMoment', {
  description:
    'A community worker’s contact with one or more residents. Professional contact is logged here, never as a ' +
    'social tie, so it cannot make a lonely person look connected.',
})
export class ContactMomentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Where it happened, usually the street.' })
  placeId: string;

  @Field(() => ContactChannel)
  channel: ContactChannel;

  @Field(() => LocalDateScalar)
  occurredOn: string;

  @Field()
  summary: string;

  @Field(() => [ContactSignal])
  signals: ContactSignal[];

  /** the worker who logged it (exposed as `worker`) */
  workerId: string;

  /** everyone it was with, in or out of the viewer's places (exposed, filtered, as `people` and `personIds`) */
  linkedPersonIds: string[];
}

@ObjectType()
export class ContactMomentConnection extends Paginated(ContactMomentModel) {}
