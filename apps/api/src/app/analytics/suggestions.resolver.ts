import { Args, ArgsType, Field, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { PersonModel } from '../people/models/person.model';
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

@Resolver()
export class SuggestionsResolver {
  constructor(private readonly service: SuggestionsService) {}

  @Query(() => [SuggestionModel], {
    description: 'Where to act as gatenvuller: ranked, explained suggestions with their predicted effect (WORKER).',
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
