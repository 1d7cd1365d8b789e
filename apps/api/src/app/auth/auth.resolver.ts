import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { toUserModel } from '../users/users.service';
import { UserModel } from '../users/models/user.model';
import { AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { LoginArgs } from './dto/login.args';
import { Public } from './public.decorator';
import { Viewer } from './viewer';
import { UsersService } from '../users/users.service';

@ObjectType()
export class LoginPayload {
  @Field({ description: 'A JWT: send it as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field(() => UserModel)
  user: UserModel;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Sign in with e-mail and password.' })
  async login(@Args() args: LoginArgs): Promise<LoginPayload> {
    const { accessToken, user } = await this.auth.login(args.email, args.password);
    return { accessToken, user: toUserModel(user) };
  }

  @Query(() => UserModel, { description: 'The signed-in user.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return toUserModel(await this.users.get(viewer, viewer.userId, { self: true }));
  }
}
