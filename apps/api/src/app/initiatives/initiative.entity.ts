import { InitiativeKind, InitiativePhase, ParticipationRole } from '@weefsel/domain';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('initiative')
export class InitiativeEntity extends TenantOwnedEntity {
  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 32 })
  kind: InitiativeKind;

  @Column('varchar', { length: 16 })
  phase: InitiativePhase;

  @Column('uuid', { name: 'place_id' })
  placeId: string;

  @Column('date', { name: 'started_on', nullable: true })
  startedOn: string | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Column('text', { name: 'meaning_for_street', nullable: true })
  meaningForStreet: string | null;

  @Column('text', { name: 'support_needed', nullable: true })
  supportNeeded: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}

@Entity('initiative_collective')
export class InitiativeCollectiveEntity {
  @Column('uuid', { name: 'initiative_id', primary: true })
  initiativeId: string;

  @Column('uuid', { name: 'collective_id', primary: true })
  collectiveId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;
}

@Entity('participation')
export class ParticipationEntity extends TenantOwnedEntity {
  @Column('uuid', { name: 'initiative_id' })
  initiativeId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('varchar', { length: 16 })
  role: ParticipationRole;

  @Column('date')
  since: string;

  @Column('date', { nullable: true })
  until: string | null;

  @Column('varchar', { name: 'external_id', length: 100, nullable: true })
  externalId: string | null;
}
