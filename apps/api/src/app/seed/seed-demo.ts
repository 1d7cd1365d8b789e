/**
 * Persists the demo neighbourhood (see demo-neighbourhood.ts): one organisation, its five demo accounts,
 * and the generated places, residents, collectives, initiatives and ties — written through the same
 * `applyBundle` as a CSV import, so the seed exercises the import path — plus a year of contact moments and
 * help. Runs once: when the demo organisation exists it does nothing. Refused in production.
 */
import { DataSource, EntityManager } from 'typeorm';
import { ContactMomentEntity, ContactMomentPersonEntity } from '../contact-moments/contact-moment.entity';
import { HelpOfferEntity, HelpRequestEntity } from '../help/help.entity';
import { applyBundle } from '../import-export/apply/apply-bundle';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { DEMO_PASSWORD, hashPassword } from '../auth/password';
import { UserEntity, UserPlaceEntity } from '../users/user.entity';
import { DemoNeighbourhood, generateDemoNeighbourhood } from './demo-neighbourhood';

export interface SeedResult {
  created: boolean;
  organisationId: string;
  counts: Record<string, number>;
}

export async function seedDemo(
  db: DataSource,
  options: { production: boolean; seed?: number; today?: string },
): Promise<SeedResult> {
  if (options.production) {
    throw new Error(
      'The demo seed is not for production (NODE_ENV=production): it creates accounts with a known password.',
    );
  }
  const demo = generateDemoNeighbourhood({ seed: options.seed, today: options.today });
  const adminEmail = demo.users[0].email;
  const existing = await db.getRepository(UserEntity).findOne({ where: { email: adminEmail } });
  if (existing) return { created: false, organisationId: existing.tenantId, counts: {} };
  const hashes = await Promise.all(demo.users.map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (em) => {
    const organisation = await em.getRepository(OrganisationEntity).save({ name: demo.organisation.name });
    const tenantId = organisation.id;
    const imported = await applyBundle(em, tenantId, demo.bundle, {
      scope: null,
      userId: null,
      recordedBy: 'Weefsel demo',
    });
    const places = await idsByExternalId(em, PlaceEntity, tenantId);
    const people = await idsByExternalId(em, PersonEntity, tenantId);
    const users = await saveUsers(em, tenantId, demo, hashes, places);
    const contactMoments = await saveContactMoments(em, tenantId, demo, users, people, places);
    const help = await saveHelp(em, tenantId, demo, people);
    const counts: Record<string, number> = { users: users.size, contactMoments, ...help };
    for (const [kind, c] of Object.entries(imported)) counts[kind] = c.created;
    return { created: true, organisationId: tenantId, counts };
  });
}

async function idsByExternalId(
  em: EntityManager,
  entity: typeof PlaceEntity | typeof PersonEntity,
  tenantId: string,
): Promise<Map<string, string>> {
  const rows: { id: string; externalId: string | null }[] = await em
    .getRepository(entity)
    .find({ where: { tenantId }, select: { id: true, externalId: true } });
  return new Map(rows.filter((r) => r.externalId).map((r) => [r.externalId as string, r.id]));
}

function resolve(map: Map<string, string>, externalId: string, kind: string): string {
  const id = map.get(externalId);
  if (!id) throw new Error(`seed: ${kind} ${externalId} is referenced but was not generated`);
  return id;
}

async function saveUsers(
  em: EntityManager,
  tenantId: string,
  demo: DemoNeighbourhood,
  hashes: string[],
  places: Map<string, string>,
): Promise<Map<string, string>> {
  const byEmail = new Map<string, string>();
  for (const [i, u] of demo.users.entries()) {
    const user = await em.getRepository(UserEntity).save({
      tenantId,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      passwordHash: hashes[i],
      disabled: false,
    });
    byEmail.set(u.email, user.id);
    const placeIds = u.placeExternalIds.map((x) => resolve(places, x, 'place'));
    if (placeIds.length) {
      await em
        .getRepository(UserPlaceEntity)
        .insert(placeIds.map((placeId) => ({ userId: user.id, placeId, tenantId })));
    }
  }
  return byEmail;
}

async function saveContactMoments(
  em: EntityManager,
  tenantId: string,
  demo: DemoNeighbourhood,
  users: Map<string, string>,
  people: Map<string, string>,
  places: Map<string, string>,
): Promise<number> {
  const rows = demo.contactMoments.map((c) => ({
    tenantId,
    workerId: resolve(users, c.workerEmail, 'user'),
    placeId: resolve(places, c.placeExternalId, 'place'),
    channel: c.channel,
    occurredOn: c.occurredOn,
    summary: c.summary,
    signals: c.signals,
  }));
  const saved = await em.getRepository(ContactMomentEntity).save(rows, { chunk: 200 });
  const links = saved.flatMap((moment, i) =>
    [...new Set(demo.contactMoments[i].personExternalIds)].map((x) => ({
      contactMomentId: moment.id,
      personId: resolve(people, x, 'person'),
      tenantId,
    })),
  );
  for (let i = 0; i < links.length; i += 500) {
    await em.getRepository(ContactMomentPersonEntity).insert(links.slice(i, i + 500));
  }
  return saved.length;
}

async function saveHelp(
  em: EntityManager,
  tenantId: string,
  demo: DemoNeighbourhood,
  people: Map<string, string>,
): Promise<{ helpOffers: number; helpRequests: number }> {
  const offers = await em.getRepository(HelpOfferEntity).save(
    demo.helpOffers.map((o) => ({
      tenantId,
      personId: resolve(people, o.personExternalId, 'person'),
      need: o.need,
      description: o.description,
      status: o.status,
      offeredOn: o.offeredOn,
      externalId: o.externalId,
    })),
    { chunk: 200 },
  );
  const offerIds = new Map(offers.map((o) => [o.externalId as string, o.id]));
  const requests = await em.getRepository(HelpRequestEntity).save(
    demo.helpRequests.map((r) => ({
      tenantId,
      personId: resolve(people, r.personExternalId, 'person'),
      need: r.need,
      description: r.description,
      status: r.status,
      requestedOn: r.requestedOn,
      matchedOfferId: r.matchedOfferExternalId ? resolve(offerIds, r.matchedOfferExternalId, 'help offer') : null,
      externalId: r.externalId,
    })),
    { chunk: 200 },
  );
  return { helpOffers: offers.length, helpRequests: requests.length };
}
