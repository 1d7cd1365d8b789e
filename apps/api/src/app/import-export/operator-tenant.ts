/**
 * Which organisation an operator command works on: `--tenant <id>`, or the only organisation when there is
 * just one. Anything else is a clear error naming the organisations to choose from.
 */
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class OperatorError extends Error {
  override name = 'OperatorError';
}

export async function resolveTenant(db: DataSource, tenant: string | undefined): Promise<OrganisationEntity> {
  const repo = db.getRepository(OrganisationEntity);
  if (tenant) {
    const found = UUID.test(tenant) ? await repo.findOne({ where: { id: tenant.toLowerCase() } }) : null;
    if (!found) throw new OperatorError(`No organisation with id "${tenant}".${await listing(db)}`);
    return found;
  }
  const all = await repo.find({ order: { createdAt: 'ASC' }, take: 21 });
  if (all.length === 1) return all[0];
  if (!all.length) throw new OperatorError('There is no organisation yet: create one first with org:create.');
  throw new OperatorError(`There are several organisations: choose one with --tenant <id>.${await listing(db)}`);
}

async function listing(db: DataSource): Promise<string> {
  const all = await db.getRepository(OrganisationEntity).find({ order: { createdAt: 'ASC' }, take: 20 });
  return all.length ? `\nOrganisations:\n${all.map((o) => `  ${o.id}  ${o.name}`).join('\n')}` : '';
}
