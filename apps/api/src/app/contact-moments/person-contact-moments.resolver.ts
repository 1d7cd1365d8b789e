import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { PageArgs } from '../common/pagination';
import { PersonModel } from '../people/models/person.model';
import { ContactMomentsService } from './contact-moments.service';
import { ContactMomentConnection } from './models/contact-moment.model';

/** Adds the contact log to a Person, without the people feature knowing about contact moments. */
@Resolver(() => PersonModel)
export class PersonContactMomentsResolver {
  constructor(private readonly service: ContactMomentsService) {}

  @ResolveField(() => ContactMomentConnection, {
    description: 'Contact moments with this resident in your places, newest first.',
  })
  contactMoments(
    @CurrentViewer() viewer: Viewer,
    @Parent() person: PersonModel,
    @Args() args: PageArgs,
  ): Promise<ContactMomentConnection> {
    return this.service.forPerson(viewer, person, args);
  }
}
