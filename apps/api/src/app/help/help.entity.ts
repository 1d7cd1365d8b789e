import { HelpOfferStatus, HelpRequestStatus, NeedKind } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('help_request')
export class HelpRequestEntity extends TenantOwnedEntity {
  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('varchar', { length: 32 })
  need: NeedKind;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('varchar', { length: 16 })
  status: HelpRequestStatus;

  @Column('date', { name: 'requested_on' })
  requestedOn: string;

  @Column('uuid', { name: 'matched_offer_id', nullable: true })
  matchedOfferId: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}

@Entity('help_offer')
export class HelpOfferEntity extends TenantOwnedEntity {
  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('varchar', { length: 32 })
  need: NeedKind;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('varchar', { length: 16 })
  status: HelpOfferStatus;

  @Column('date', { name: 'offered_on' })
  offeredOn: string;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}
