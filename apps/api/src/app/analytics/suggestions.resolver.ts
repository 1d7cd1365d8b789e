import { Args, ArgsType, Context, Field, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { AccessService } from '../auth/access.service';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { GqlContext } from '../graphql/loaders';
import { PersonModel } from '../people/models/person.model';
import { toPersonModel } from '../people/people.service';
import { PersonEntity } from '../people/person.entity';
import { PlaceAnalysisArgs } from './dto/place-analysis.args';
import { SuggestionModel, WhatIfModel, WhatIfTieInput } from './models/suggestion.model';
import { SuggestionsService } from './suggestions.service';

@ArgsType()
export class SuggestionsArgs extends PlaceAnalysisArgs {
  @Field(() => ID, { nullable: true, description: 'only suggestions that involve this person' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => Int, { nullable: true, description: 'default 20, at most 50' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

@ArgsType()
export class WhatIfArgs extends PlaceAnalysisArgs {
  @Field(() => [WhatIfTieInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => WhatIfTieInput)
  @ArrayMaxSize(50)
  addTies: WhatIfTieInput[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  endTieIds: string[];
}

@Resolver(() => SuggestionModel)
export class SuggestionsResolver {
  constructor(
    private readonly service: SuggestionsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [PersonModel], { description: 'The people involved (as `people`), with their names, in order.' })
  async persons(
    @CurrentViewer() viewer: Viewer,
    @Parent() suggestion: SuggestionModel,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel[]> {
    const scope = await this.access.placeScope(viewer);
    const people = await ctx.loaders.person.loadMany(suggestion.people);
    return people
      .filter((p): p is PersonEntity => !!p && !(p instanceof Error) && scope.has(p.homePlaceId))
      .map(toPersonModel);
  }

  @Query(() => [SuggestionModel], {
    description:
      'Where to act as gatenvuller: ranked, explained suggestions with their predicted effect (WORKER). ' +
      'Suggestions the team accepted or dismissed are left out; one dismissed as NOT_NOW may come back after 90 days.',
  })
  suggestions(@CurrentViewer() viewer: Viewer, @Args() args: SuggestionsArgs): Promise<SuggestionModel[]> {
    return this.service.suggestions(viewer, args.placeId, args);
  }

  @Query(() => WhatIfModel, { description: 'The figures of a place if ties were added or ended (WORKER).' })
  whatIf(@CurrentViewer() viewer: Viewer, @Args() args: WhatIfArgs): Promise<WhatIfModel> {
    return this.service.whatIf(viewer, args.placeId, args);
  }
}

@Resolver(() => PersonModel)
export class PersonSuggestionsResolver {
  constructor(private readonly service: SuggestionsService) {}

  @ResolveField(() => [SuggestionModel], { description: 'Suggestions that involve them, in their street’s buurt.' })
  suggestions(@CurrentViewer() viewer: Viewer, @Parent() person: PersonModel): Promise<SuggestionModel[]> {
    return this.service.suggestions(viewer, person.homePlaceId, { personId: person.id, limit: 10 });
  }
}
