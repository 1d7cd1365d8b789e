import { PlaceLevel } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('place')
export class PlaceEntity extends TenantOwnedEntity {
  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 16 })
  level: PlaceLevel;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('varchar', { name: 'cbs_code', length: 10, nullable: true })
  cbsCode: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}
