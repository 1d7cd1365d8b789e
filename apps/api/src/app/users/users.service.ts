import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { hashPassword } from '../auth/password';
import { Viewer } from '../auth/viewer';
import { conflict, notFound } from '../common/app-error';
import { PlaceEntity } from '../places/place.entity';
import { CreateUserInput, UpdateUserInput } from './dto/create-user.input';
import { UserModel } from './models/user.model';
import { UserEntity, UserPlaceEntity } from './user.entity';

export function toUserModel(user: UserEntity): UserModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabled,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** A user of the viewer's tenant: admins see all, everyone else only themselves. */
  async get(viewer: Viewer, id: string, options: { self?: boolean } = {}): Promise<UserEntity> {
    if (!(options.self && id === viewer.userId)) this.access.assertAdmin(viewer);
    const user = await this.users.findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!user) throw notFound('User', id);
    return user;
  }

  async list(viewer: Viewer): Promise<UserEntity[]> {
    this.access.assertAdmin(viewer);
    return this.users.find({ where: { tenantId: viewer.tenantId }, order: { email: 'ASC' } });
  }

  async placesOf(viewer: Viewer, userId: string): Promise<PlaceEntity[]> {
    if (userId !== viewer.userId) this.access.assertAdmin(viewer);
    return this.db
      .getRepository(PlaceEntity)
      .createQueryBuilder('p')
      .innerJoin(UserPlaceEntity, 'up', 'up.place_id = p.id AND up.tenant_id = p.tenant_id')
      .where('up.user_id = :userId AND p.tenant_id = :tenantId', { userId, tenantId: viewer.tenantId })
      .orderBy('p.name')
      .getMany();
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<UserEntity> {
    this.access.assertAdmin(viewer);
    const email = input.email.trim().toLowerCase();
    return this.db.transaction(async (em) => {
      if (await em.getRepository(UserEntity).exist({ where: { email } })) {
        throw conflict(`An account for ${email} already exists.`);
      }
      const user = await em.getRepository(UserEntity).save(
        em.getRepository(UserEntity).create({
          tenantId: viewer.tenantId,
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash: await hashPassword(input.password),
          disabled: false,
        }),
      );
      await this.assignPlaces(em, viewer, user.id, input.placeIds);
      return user;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateUserInput): Promise<UserEntity> {
    this.access.assertAdmin(viewer);
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = await repo.findOne({ where: { id, tenantId: viewer.tenantId } });
      if (!user) throw notFound('User', id);
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.role !== undefined) user.role = input.role;
      if (input.disabled !== undefined) user.disabled = input.disabled;
      if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
      await repo.save(user);
      if (input.placeIds !== undefined) await this.assignPlaces(em, viewer, id, input.placeIds);
      return user;
    });
  }

  async remove(viewer: Viewer, id: string): Promise<string> {
    this.access.assertAdmin(viewer);
    if (id === viewer.userId) throw conflict('You cannot delete your own account.');
    const user = await this.users.findOne({ where: { id, tenantId: viewer.tenantId } });
    if (!user) throw notFound('User', id);
    await this.users.delete({ id, tenantId: viewer.tenantId });
    return id;
  }

  private async assignPlaces(em: EntityManager, viewer: Viewer, userId: string, placeIds: string[]): Promise<void> {
    const unique = [...new Set(placeIds)];
    if (unique.length) {
      const found = await em
        .getRepository(PlaceEntity)
        .find({ where: { id: In(unique), tenantId: viewer.tenantId }, select: { id: true } });
      const missing = unique.filter((pid) => !found.some((p) => p.id === pid));
      if (missing.length) throw notFound('Place', missing[0]);
    }
    await em.getRepository(UserPlaceEntity).delete({ userId, tenantId: viewer.tenantId });
    if (unique.length) {
      await em
        .getRepository(UserPlaceEntity)
        .insert(unique.map((placeId) => ({ userId, placeId, tenantId: viewer.tenantId })));
    }
  }
}
