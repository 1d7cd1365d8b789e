import { EcogramFunction, TieKind, TieSource, TieVisibility } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

/**
 * An undirected tie, stored with person_a_id < person_b_id (a CHECK constraint keeps it so).
 * Never overwritten: ending a tie sets `until`.
 */
@Entity('tie')
export class TieEntity extends TenantOwnedEntity {
  @Column('uuid', { name: 'person_a_id' })
  personAId: string;

  @Column('uuid', { name: 'person_b_id' })
  personBId: string;

  @Column('varchar', { length: 32 })
  kind: TieKind;

  @Column('jsonb', { default: () => "'[]'" })
  functions: EcogramFunction[];

  @Column('smallint')
  strength: number;

  @Column('date')
  since: string;

  @Column('date', { nullable: true })
  until: string | null;

  @Column('date', { name: 'last_confirmed_on', nullable: true })
  lastConfirmedOn: string | null;

  @Column('varchar', { length: 32 })
  source: TieSource;

  @Column('real')
  confidence: number;

  @Column('uuid', { name: 'origin_initiative_id', nullable: true })
  originInitiativeId: string | null;

  @Column('varchar', { length: 16 })
  visibility: TieVisibility;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}
