import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { PlaceModel } from '../places/models/place.model';
import { toPlaceModel } from '../places/places.service';
import { ContactMomentLoaderFactory } from './contact-moment.loaders';
import { ContactMomentsService } from './contact-moments.service';
import { LogContactMomentInput, UpdateContactMomentInput } from './dto/contact-moment.input';
import { ContactMomentsArgs } from './dto/contact-moments.args';
import { ContactMomentConnection, ContactMomentModel, ContactMomentWorkerModel } from './models/contact-moment.model';

@Resolver(() => ContactMomentModel)
export class ContactMomentsResolver {
  constructor(
    private readonly service: ContactMomentsService,
    private readonly access: AccessService,
    private readonly loaders: ContactMomentLoaderFactory,
  ) {}

  @Query(() => ContactMomentConnection, {
    description: 'The contact log of a place and everything below it, newest first (WORKER).',
  })
  contactMoments(@CurrentViewer() viewer: Viewer, @Args() args: ContactMomentsArgs): Promise<ContactMomentConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => ContactMomentModel)
  contactMoment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<ContactMomentModel> {
    return this.service.read(viewer, id);
  }

  @Mutation(() => ContactMomentModel, { description: 'Log a contact with one or more residents of your places.' })
  logContactMoment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LogContactMomentInput,
  ): Promise<ContactMomentModel> {
    return this.service.log(viewer, input);
  }

  @Mutation(() => ContactMomentModel, { description: 'Change a contact moment you logged yourself.' })
  updateContactMoment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateContactMomentInput,
  ): Promise<ContactMomentModel> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => ID, { description: 'Delete a contact moment you logged yourself.' })
  deleteContactMoment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => [PersonModel], { description: 'The residents it was with who live in your places.' })
  async people(
    @CurrentViewer() viewer: Viewer,
    @Parent() moment: ContactMomentModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel[]> {
    return (await this.visiblePeople(viewer, moment, ctx))
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map(toPersonModel);
  }

  @ResolveField(() => [ID], { description: 'The ids of `people`.' })
  async personIds(
    @CurrentViewer() viewer: Viewer,
    @Parent() moment: ContactMomentModel,
    @Context() ctx: GqlContext,
  ): Promise<string[]> {
    return (await this.visiblePeople(viewer, moment, ctx)).map((p) => p.id);
  }

  @ResolveField(() => PlaceModel, { nullable: true, description: 'Where it happened.' })
  async place(@Parent() moment: ContactMomentModel, @Context() ctx: GqlContext): Promise<PlaceModel | null> {
    const place = await ctx.loaders.place.load(moment.placeId);
    return place ? toPlaceModel(place) : null;
  }

  @ResolveField(() => ContactMomentWorkerModel, { description: 'The worker who logged it.' })
  async worker(@Parent() moment: ContactMomentModel, @Context() ctx: GqlContext): Promise<ContactMomentWorkerModel> {
    // app_user rows are never deleted under a contact moment (ON DELETE RESTRICT); the fallback is defensive
    return (
      (await this.loaders.for(ctx.req).worker.load(moment.workerId)) ?? {
        id: moment.workerId,
        displayName: 'Former worker',
      }
    );
  }

  /** People who have moved away or live outside the viewer's places are left out, in the order logged. */
  private async visiblePeople(viewer: Viewer, moment: ContactMomentModel, ctx: GqlContext): Promise<PersonEntity[]> {
    const scope = await this.access.placeScope(viewer);
    const people = await ctx.loaders.person.loadMany(moment.linkedPersonIds);
    return people.filter((p): p is PersonEntity => !!p && !(p instanceof Error) && scope.has(p.homePlaceId));
  }
}
