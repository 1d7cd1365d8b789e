import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver';

@Module({ providers: [OrganisationsResolver] })
export class OrganisationsModule {}
