import { ContactChannel, ContactSignal } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

/** A worker's contact with residents. Professional contact is logged here, never as a social tie. */
@Entity('contact_moment')
export class ContactMomentEntity extends TenantOwnedEntity {
  @Column('uuid', { name: 'worker_id' })
  workerId: string;

  @Column('uuid', { name: 'place_id' })
  placeId: string;

  @Column('varchar', { length: 16 })
  channel: ContactChannel;

  @Column('date', { name: 'occurred_on' })
  occurredOn: string;

  @Column('text')
  summary: string;

  @Column('jsonb', { default: () => "'[]'" })
  signals: ContactSignal[];
}

@Entity('contact_moment_person')
export class ContactMomentPersonEntity {
  @Column('uuid', { name: 'contact_moment_id', primary: true })
  contactMomentId: string;

  @Column('uuid', { name: 'person_id', primary: true })
  personId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;
}
