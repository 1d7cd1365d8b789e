import type { Asset, ConsentRecord, PersonRoleSpell } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('person')
export class PersonEntity extends TenantOwnedEntity {
  @Column('varchar', { name: 'display_name', length: 120 })
  displayName: string;

  /** stable, random, unique per tenant; the only identifier an analyst sees */
  @Column('varchar', { length: 8 })
  pseudonym: string;

  @Column('uuid', { name: 'home_place_id' })
  homePlaceId: string;

  @Column('smallint', { name: 'birth_year', nullable: true })
  birthYear: number | null;

  /** roles over time; a small list read with the person, so kept beside it */
  @Column('jsonb', { default: () => "'[]'" })
  roles: PersonRoleSpell[];

  @Column('jsonb', { default: () => "'[]'" })
  assets: Asset[];

  @Column('boolean', { name: 'on_watch_list', default: false })
  onWatchList: boolean;

  @Column('jsonb', { nullable: true })
  consent: ConsentRecord | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}
