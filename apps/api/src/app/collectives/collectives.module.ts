/**
 * Collectives and their memberships (who belongs where, since when): the groups a neighbourhood organises
 * itself in, and the bipartite layer beside the tie graph.
 */
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { CollectivesResolver } from './collectives.resolver';
import { CollectivesService } from './collectives.service';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [PeopleModule],
  providers: [CollectivesService, CollectivesResolver, MembershipsService, MembershipsResolver],
  exports: [CollectivesService, MembershipsService],
})
export class CollectivesModule {}
