import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { TiesResolver } from './ties.resolver';
import { TiesService } from './ties.service';

@Module({
  imports: [PeopleModule],
  providers: [TiesService, TiesResolver],
  exports: [TiesService],
})
export class TiesModule {}
