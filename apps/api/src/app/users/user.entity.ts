import { UserRole } from '@weefsel/domain';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('app_user')
export class UserEntity extends TenantOwnedEntity {
  /** stored lower-case; unique across tenants because sign-in is by e-mail alone */
  @Index('uq_app_user_email', { unique: true })
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { name: 'display_name', length: 120 })
  displayName: string;

  @Column('varchar', { length: 16 })
  role: UserRole;

  /** argon2id hash */
  @Column('varchar', { name: 'password_hash', length: 255 })
  passwordHash: string;

  @Column('boolean', { default: false })
  disabled: boolean;
}

/** The places a user may see: each assignment covers the place and everything below it. */
@Entity('user_place')
export class UserPlaceEntity {
  @Column('uuid', { name: 'user_id', primary: true })
  userId: string;

  @Column('uuid', { name: 'place_id', primary: true })
  placeId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;
}
