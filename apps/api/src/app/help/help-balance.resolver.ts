import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { HelpBalanceArgs } from './dto/help.args';
import { HelpService } from './help.service';
import { HelpBalanceModel } from './models/help.model';

@Resolver(() => HelpBalanceModel)
export class HelpBalanceResolver {
  constructor(private readonly service: HelpService) {}

  @Query(() => HelpBalanceModel, {
    description: 'Available offers against open requests of the residents of a place and below (WORKER).',
  })
  helpBalance(@CurrentViewer() viewer: Viewer, @Args() args: HelpBalanceArgs): Promise<HelpBalanceModel> {
    return this.service.balance(viewer, args.placeId);
  }
}
