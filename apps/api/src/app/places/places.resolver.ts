import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { CreatePlaceInput, UpdatePlaceInput } from './dto/create-place.input';
import { PlacesArgs } from './dto/places.args';
import { PlaceConnection, PlaceModel } from './models/place.model';
import { PlacesService, toPlaceModel } from './places.service';

@Resolver(() => PlaceModel)
export class PlacesResolver {
  constructor(private readonly service: PlacesService) {}

  @Query(() => PlaceConnection, { description: 'Places you may see, top level first.' })
  places(@CurrentViewer() viewer: Viewer, @Args() args: PlacesArgs): Promise<PlaceConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => PlaceModel)
  async place(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PlaceModel> {
    return toPlaceModel(await this.service.get(viewer, id));
  }

  @Mutation(() => PlaceModel)
  async createPlace(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePlaceInput): Promise<PlaceModel> {
    return toPlaceModel(await this.service.create(viewer, input));
  }

  @Mutation(() => PlaceModel)
  async updatePlace(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePlaceInput,
  ): Promise<PlaceModel> {
    return toPlaceModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => ID, { description: 'Deletes an empty place (no places below it, no residents).' })
  deletePlace(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(viewer, id);
  }
}
