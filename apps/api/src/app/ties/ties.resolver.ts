import {
  Args,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { LocalDateScalar } from '../common/local-date.scalar';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { CreateTieInput, UpdateTieInput } from './dto/tie.input';
import { EgoNetworkArgs, TiesArgs } from './dto/ties.args';
import { TieConnection, TieModel } from './models/tie.model';
import { TiesService, toTieModel } from './ties.service';

@ObjectType()
export class EgoMember {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => Int, { description: 'Hops from the ego (0 = the ego).' })
  distance: number;
}

@ObjectType()
export class EgoNetwork {
  @Field(() => [EgoMember])
  people: EgoMember[];

  @Field(() => [TieModel])
  ties: TieModel[];
}

@Resolver(() => TieModel)
export class TiesResolver {
  constructor(private readonly service: TiesService) {}

  @Query(() => TieConnection, { description: 'Ties between residents of a place and below (WORKER).' })
  ties(@CurrentViewer() viewer: Viewer, @Args() args: TiesArgs): Promise<TieConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => TieModel)
  async tie(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<TieModel> {
    return toTieModel(await this.service.get(viewer, id));
  }

  @Query(() => EgoNetwork, { description: "A person's ego network: 1 or 2 hops, as of a date." })
  async egoNetwork(@CurrentViewer() viewer: Viewer, @Args() args: EgoNetworkArgs): Promise<EgoNetwork> {
    const result = await this.service.egoNetwork(viewer, args);
    return {
      people: result.people.map((m) => ({ person: toPersonModel(m.person), distance: m.distance })),
      ties: result.ties.map(toTieModel),
    };
  }

  @Mutation(() => TieModel)
  async createTie(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTieInput): Promise<TieModel> {
    return toTieModel(await this.service.create(viewer, input));
  }

  @Mutation(() => TieModel)
  async updateTie(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTieInput,
  ): Promise<TieModel> {
    return toTieModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => TieModel, { description: 'End a tie (keeps its history); `until` defaults to today.' })
  async endTie(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('until', { type: () => LocalDateScalar, nullable: true }) until?: string,
  ): Promise<TieModel> {
    return toTieModel(await this.service.end(viewer, id, until ?? undefined));
  }

  @Mutation(() => ID, { description: 'Delete a tie recorded by mistake (a tie that ended is ended, not deleted).' })
  deleteTie(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(viewer, id);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async personA(@Parent() tie: TieModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    const p = await ctx.loaders.person.load(tie.personAId);
    return p ? toPersonModel(p) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async personB(@Parent() tie: TieModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    const p = await ctx.loaders.person.load(tie.personBId);
    return p ? toPersonModel(p) : null;
  }
}
