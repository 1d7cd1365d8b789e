import { CollectiveKind, MembershipRole } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('collective')
export class CollectiveEntity extends TenantOwnedEntity {
  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 32 })
  kind: CollectiveKind;

  @Column('uuid', { name: 'place_id' })
  placeId: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}

/** Never overwritten: leaving a collective sets `until`. */
@Entity('membership')
export class MembershipEntity extends TenantOwnedEntity {
  @Column('uuid', { name: 'collective_id' })
  collectiveId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('varchar', { length: 16 })
  role: MembershipRole;

  @Column('date')
  since: string;

  @Column('date', { nullable: true })
  until: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}
