/** The community worker's contact log: who they met, where, how, and what they noticed (lesson 5). */
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { ContactMomentLoaderFactory } from './contact-moment.loaders';
import { ContactMomentsResolver } from './contact-moments.resolver';
import { ContactMomentsService } from './contact-moments.service';
import { PersonContactMomentsResolver } from './person-contact-moments.resolver';

@Module({
  imports: [PeopleModule],
  providers: [ContactMomentsService, ContactMomentLoaderFactory, ContactMomentsResolver, PersonContactMomentsResolver],
  exports: [ContactMomentsService],
})
export class ContactMomentsModule {}
