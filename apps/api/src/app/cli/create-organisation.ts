/**
 * Bootstraps an organisation (tenant) with its first administrator. Weefsel has no self-sign-up: an operator
 * runs this once per organisation; the administrator then manages users and places over GraphQL.
 */
import { LIMITS, UserRole } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

export interface CreateOrganisationInput {
  name: string;
  adminEmail: string;
  adminName: string;
  adminPassword: string;
}

export async function createOrganisation(
  db: DataSource,
  input: CreateOrganisationInput,
): Promise<{ organisationId: string; adminId: string }> {
  const email = input.adminEmail.trim().toLowerCase();
  if (!input.name.trim() || input.name.length > LIMITS.nameMax) throw new Error('The organisation needs a name.');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`"${input.adminEmail}" is not an e-mail address.`);
  if (input.adminPassword.length < LIMITS.passwordMin) {
    throw new Error(`The password needs at least ${LIMITS.passwordMin} characters.`);
  }
  return db.transaction(async (em) => {
    if (await em.getRepository(UserEntity).exist({ where: { email } })) {
      throw new Error(`An account for ${email} already exists.`);
    }
    const organisation = await em.getRepository(OrganisationEntity).save({ name: input.name.trim() });
    const admin = await em.getRepository(UserEntity).save({
      tenantId: organisation.id,
      email,
      displayName: input.adminName.trim() || email,
      role: UserRole.ADMIN,
      passwordHash: await hashPassword(input.adminPassword),
      disabled: false,
    });
    return { organisationId: organisation.id, adminId: admin.id };
  });
}
