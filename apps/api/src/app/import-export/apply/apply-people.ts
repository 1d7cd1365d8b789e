/**
 * Residents of an import: upsert by external id, each living in a street the importer may see. A new person
 * gets a random pseudonym, unique in the tenant (people/pseudonym.ts); an existing one keeps theirs.
 * A consent record is kept as it is while basis and dates are unchanged (so who recorded it stays); a changed
 * one is recorded anew, by the importer.
 */
import { randomUUID } from 'node:crypto';
import { ConsentRecord, PlaceLevel } from '@weefsel/domain';
import { newPseudonym } from '../../people/pseudonym';
import { PersonEntity } from '../../people/person.entity';
import { levelName } from '../bundle-rules';
import { PersonRow } from '../import-rows';
import { ApplyContext, BROKEN, Broken, decide, Planned, same } from './apply-context';
import { PlacesStep } from './apply-places';

export interface PersonRef {
  id: string;
  homePlaceId: string;
}

export interface PeopleStep {
  planned: Planned<PersonEntity>[];
  resolve: (key: string) => PersonRef | Broken | null;
}

const FIELDS = ['displayName', 'homePlaceId', 'birthYear', 'roles', 'assets', 'onWatchList', 'consent'] as const;

export async function planPeople(ctx: ApplyContext, places: PlacesStep): Promise<PeopleStep> {
  const { bundle } = ctx;
  const existingByKey = await ctx.loadByKey(PersonEntity, [
    ...bundle.people.map((p) => p.externalId),
    ...bundle.memberships.map((m) => m.personExternalId),
    ...bundle.participations.map((p) => p.personExternalId),
    ...bundle.ties.flatMap((t) => [t.personAExternalId, t.personBExternalId]),
  ]);
  const visible = (key: string): PersonRef | undefined => {
    const person = existingByKey.get(key);
    return person && ctx.inScope(person.homePlaceId) ? person : undefined;
  };

  const refs = new Map<string, PersonRef>();
  const entries = bundle.people.map((row, index) => {
    const existing = existingByKey.get(row.externalId);
    if (existing && !ctx.inScope(existing.homePlaceId)) {
      ctx.fail('people', index, 'externalId', ctx.taken('people', row.externalId));
      return null;
    }
    const home = places.resolve(row.homePlaceExternalId);
    if (home === BROKEN) {
      ctx.setAside('people', index);
      return null;
    }
    if (!home) {
      ctx.fail('people', index, 'homePlaceExternalId', ctx.notFound('places', row.homePlaceExternalId));
      return null;
    }
    if (home.level !== PlaceLevel.STREET) {
      ctx.fail(
        'people',
        index,
        'homePlaceExternalId',
        `A resident's home is a street; "${row.homePlaceExternalId}" is a ${levelName(home.level)}.`,
      );
      return null;
    }
    const id = existing?.id ?? randomUUID();
    refs.set(row.externalId, { id, homePlaceId: home.id });
    return { row, existing, id, homePlaceId: home.id };
  });

  const pseudonyms = entries.some((e) => e && !e.existing) ? await takenPseudonyms(ctx) : new Set<string>();
  const planned = entries
    .filter((e): e is NonNullable<typeof e> => !!e)
    .map(({ row, existing, id, homePlaceId }): Planned<PersonEntity> => {
      const entity = Object.assign(new PersonEntity(), {
        id,
        tenantId: ctx.tenantId,
        displayName: row.displayName,
        pseudonym: existing?.pseudonym ?? uniquePseudonym(pseudonyms),
        homePlaceId,
        birthYear: row.birthYear,
        roles: row.roles.map((r) => ({ role: r.role, since: r.since, until: r.until ?? null })),
        assets: row.assets.map((a) => ({ kind: a.kind, label: a.label })),
        onWatchList: row.onWatchList,
        consent: consentOf(row, existing?.consent ?? null, ctx.options.recordedBy),
        externalId: existing ? existing.externalId : row.externalId,
      });
      return { op: decide(existing, entity, FIELDS), entity };
    });
  return { planned, resolve: (key) => ctx.resolve('people', key, refs, visible) };
}

function consentOf(row: PersonRow, current: ConsentRecord | null, recordedBy: string | null): ConsentRecord | null {
  if (!row.consentBasis || !row.consentRecordedOn) return null;
  const withdrawnOn = row.consentWithdrawnOn ?? null;
  if (
    current &&
    current.basis === row.consentBasis &&
    current.recordedOn === row.consentRecordedOn &&
    same(current.withdrawnOn, withdrawnOn)
  ) {
    return current;
  }
  return { basis: row.consentBasis, recordedOn: row.consentRecordedOn, recordedBy, note: null, withdrawnOn };
}

async function takenPseudonyms(ctx: ApplyContext): Promise<Set<string>> {
  const rows: { pseudonym: string }[] = await ctx.em.query(`SELECT pseudonym FROM person WHERE tenant_id = $1`, [
    ctx.tenantId,
  ]);
  return new Set(rows.map((r) => r.pseudonym));
}

function uniquePseudonym(taken: Set<string>): string {
  for (;;) {
    const candidate = newPseudonym();
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
