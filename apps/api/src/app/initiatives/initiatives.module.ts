/**
 * Initiatives, their participations and supporting collectives, and the ties they created (lesson 2:
 * what an initiative means for small neighbour contacts). Also adds `participations` and `initiatives`
 * to Person.
 */
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { InitiativesResolver } from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';
import { ParticipationsResolver } from './participations.resolver';
import { ParticipationsService } from './participations.service';
import { PersonInitiativesResolver } from './person-initiatives.resolver';

@Module({
  imports: [PeopleModule],
  providers: [
    InitiativesService,
    InitiativesResolver,
    ParticipationsService,
    ParticipationsResolver,
    PersonInitiativesResolver,
  ],
  exports: [InitiativesService, ParticipationsService],
})
export class InitiativesModule {}
