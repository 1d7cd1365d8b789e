import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { PlaceModel } from '../places/models/place.model';
import { toPlaceModel } from '../places/places.service';
import { CreateUserInput, UpdateUserInput } from './dto/create-user.input';
import { UserModel } from './models/user.model';
import { toUserModel, UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => [UserModel], { name: 'users', description: 'Users of your organisation (ADMIN).' })
  async users(@CurrentViewer() viewer: Viewer): Promise<UserModel[]> {
    return (await this.service.list(viewer)).map(toUserModel);
  }

  @Query(() => UserModel)
  async user(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return toUserModel(await this.service.get(viewer, id, { self: true }));
  }

  @ResolveField(() => [PlaceModel], { description: 'Assigned places; each covers everything below it.' })
  async places(@CurrentViewer() viewer: Viewer, @Parent() user: UserModel): Promise<PlaceModel[]> {
    return (await this.service.placesOf(viewer, user.id)).map(toPlaceModel);
  }

  @Mutation(() => UserModel)
  async createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.service.create(viewer, input));
  }

  @Mutation(() => UserModel)
  async updateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<UserModel> {
    return toUserModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => ID)
  deleteUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(viewer, id);
  }
}
