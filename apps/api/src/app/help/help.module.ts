/** Help requests and offers of residents, their matching, and the balance between them (lesson 3). */
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { HelpBalanceResolver } from './help-balance.resolver';
import { HelpOffersResolver } from './help-offers.resolver';
import { HelpRequestsResolver } from './help-requests.resolver';
import { HelpLoaderFactory } from './help.loaders';
import { HelpService } from './help.service';
import { PersonHelpResolver } from './person-help.resolver';

@Module({
  imports: [PeopleModule],
  providers: [
    HelpService,
    HelpLoaderFactory,
    HelpRequestsResolver,
    HelpOffersResolver,
    HelpBalanceResolver,
    PersonHelpResolver,
  ],
  exports: [HelpService],
})
export class HelpModule {}
