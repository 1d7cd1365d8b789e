/**
 * Who takes part in the initiatives, and the small contacts they made (lesson 2): ties of kind
 * MET_VIA_INITIATIVE with the initiative as their origin. One of them, made via Lindenhof Helpt, is the only
 * link as of today between the Lindenlaan streets and the new-build.
 */
import { AssetKind, ParticipationRole, PersonRole, TieKind, TieSource } from '@weefsel/domain';
import type { InitiativeRow, ParticipationRow, TieRow } from '../import-export/import-rows';
import type { CollectiveKey } from './demo-collectives';
import { addDays, dateBetween, dateOf, earlierOf, laterOf } from './demo-dates';
import { InitiativeKey, initiativePlans } from './demo-initiative-plans';
import { BAKING_ASSET, COOKING_ASSET, GARDEN_ASSET } from './demo-names';
import { addAsset, addRole, DemoPerson, familyNameOf } from './demo-people';
import { ClusterKey } from './demo-places';
import { functionsFor, TieContext } from './demo-ties';

export type { InitiativeKey } from './demo-initiative-plans';
const { INITIATOR, ORGANISER, VOLUNTEER, PARTICIPANT, RECIPIENT } = ParticipationRole;

export interface DemoInitiatives {
  rows: InitiativeRow[];
  participations: ParticipationRow[];
  idOf: Record<InitiativeKey, string>;
  /** from when people take part: the start, or for an idea the day it came up */
  startOf: Record<InitiativeKey, string>;
  /** the bridge tie Lindenlaan ↔ new-build */
  bridge: TieRow | null;
  /** adds a participation unless the person already takes part; returns the (existing) row */
  participate(key: InitiativeKey, p: DemoPerson, role: ParticipationRole, since: string): ParticipationRow;
}

export function buildInitiatives(ctx: TieContext, collectives: Record<CollectiveKey, string>): DemoInitiatives {
  const { rng, today, population, ties } = ctx;
  const ago = (days: number) => addDays(today, -days);
  const plans = initiativePlans(rng, today, collectives);
  const rows = plans.map((p) => p.row);
  const idOf = Object.fromEntries(plans.map((p) => [p.key, p.row.externalId])) as Record<InitiativeKey, string>;
  const startOf = Object.fromEntries(plans.map((p) => [p.key, p.from])) as Record<InitiativeKey, string>;
  const participations: ParticipationRow[] = [];
  const members = (key: InitiativeKey) => participations.filter((x) => x.initiativeExternalId === idOf[key]);

  const participate = (
    key: InitiativeKey,
    p: DemoPerson,
    role: ParticipationRole,
    since: string,
    until: string | null = null,
  ) => {
    const existing = members(key).find((x) => x.personExternalId === p.id);
    if (existing) return existing;
    const row: ParticipationRow = {
      externalId: `part-${String(participations.length + 1).padStart(4, '0')}`,
      initiativeExternalId: idOf[key],
      personExternalId: p.id,
      role,
      since,
      until: until !== null && until > since && until <= today ? until : null,
    };
    participations.push(row);
    if (role === INITIATOR) addRole(p, PersonRole.INITIATOR, since);
    if (role === VOLUNTEER && rng.chance(0.5)) addRole(p, PersonRole.VOLUNTEER, since);
    return row;
  };
  /** `n` people in `clusters` (any when empty) not yet taking part in `key`, drawn by `weight`. */
  const recruit = (key: InitiativeKey, n: number, clusters: ClusterKey[], weight: (p: DemoPerson) => number) => {
    const taken = new Set(members(key).map((x) => x.personExternalId));
    const pool = population.people.filter(
      (p) => !taken.has(p.id) && (clusters.length === 0 || clusters.includes(p.cluster)),
    );
    return ctx.rng.weightedSample(pool, n, weight);
  };
  const assetWeight = (label: string) => (p: DemoPerson) => (p.row.assets.some((a) => a.label === label) ? 5 : 1);
  const joinDate = (key: InitiativeKey, p: DemoPerson) => dateBetween(rng, laterOf(startOf[key], p.movedInOn), ago(5));
  const until = (since: string, chance: number, minDays: number, maxDays: number) =>
    rng.chance(chance) ? earlierOf(addDays(since, rng.int(minDays, maxDays)), ago(1)) : null;

  // TaartExpress: an initiator who bakes, bakers from all over, recipients (some of them isolated)
  const [taartInitiator] = recruit('TAART', 1, ['DORPSKERN'], assetWeight(BAKING_ASSET));
  addAsset(taartInitiator, AssetKind.SKILL, BAKING_ASSET);
  participate('TAART', taartInitiator, INITIATOR, laterOf(startOf.TAART, taartInitiator.movedInOn));
  const bakers = recruit('TAART', rng.int(7, 10), [], assetWeight(BAKING_ASSET));
  bakers.forEach((p, i) => {
    const since = joinDate('TAART', p);
    participate('TAART', p, i < 2 ? ORGANISER : VOLUNTEER, since, until(since, 0.15, 60, 400));
  });
  const recipients = recruit('TAART', rng.int(14, 20), [], (p) => (p.maxTiesToday <= 1 ? 3 : 1));
  for (const p of recipients) {
    const since = joinDate('TAART', p);
    participate('TAART', p, RECIPIENT, since, until(since, 0.5, 1, 60));
  }

  // Berenactie: families of Lindenlaan and Schoolstraat in spring 2020; it went quiet that summer
  const livedThere = (p: DemoPerson) => p.movedInOn < startOf.BEREN;
  const [berenInitiator] = recruit('BEREN', 1, ['LINDENLAAN'], (p) => (livedThere(p) ? p.household.members.length : 0));
  participate('BEREN', berenInitiator, INITIATOR, startOf.BEREN);
  const berenEnd = dateOf(Number(startOf.BEREN.slice(0, 4)), 6, 30);
  for (const p of recruit('BEREN', rng.int(16, 24), ['LINDENLAAN'], (q) => (livedThere(q) ? 1 : 0))) {
    participate('BEREN', p, PARTICIPANT, dateBetween(rng, startOf.BEREN, addDays(startOf.BEREN, 20)), berenEnd);
  }

  // Moestuin: it hangs on one initiator; a few gardeners, some of whom dropped out
  const molenweg = (p: DemoPerson) => (p.street.externalId === 'street-molenweg' ? assetWeight(GARDEN_ASSET)(p) : 0);
  const [gardener] = recruit('MOESTUIN', 1, ['DORPSKERN'], molenweg);
  addAsset(gardener, AssetKind.PASSION, GARDEN_ASSET);
  participate('MOESTUIN', gardener, INITIATOR, laterOf(startOf.MOESTUIN, gardener.movedInOn));
  for (const p of recruit('MOESTUIN', rng.int(4, 6), ['DORPSKERN'], (q) => (q.street === gardener.street ? 4 : 1))) {
    const since = joinDate('MOESTUIN', p);
    participate('MOESTUIN', p, PARTICIPANT, since, until(since, 0.35, 30, 300));
  }

  // Eettafel Eikenhof: a cook from Eikenhof, the key figure organising, residents as guests
  const hub = population.eikenhofHub;
  const [cook] = recruit('EETTAFEL', 1, ['EIKENHOF'], (p) => (p === hub ? 0 : assetWeight(COOKING_ASSET)(p)));
  addAsset(cook, AssetKind.SKILL, COOKING_ASSET);
  participate('EETTAFEL', cook, INITIATOR, startOf.EETTAFEL);
  participate('EETTAFEL', hub, ORGANISER, startOf.EETTAFEL);
  for (const p of recruit('EETTAFEL', ctx.rng.int(6, 9), ['EIKENHOF'], () => 1)) {
    participate('EETTAFEL', p, PARTICIPANT, joinDate('EETTAFEL', p));
  }

  // Speelstraat: only an idea; a parent in Vlinderhof and two neighbours who like it
  const vlinderhof = (p: DemoPerson) =>
    p.street.externalId !== 'street-vlinderhof' ? 0 : p.household.members.length >= 3 ? 4 : 1;
  const [playInitiator, ...playFans] = recruit('SPEELSTRAAT', 3, ['NIEUWBOUW'], vlinderhof);
  participate('SPEELSTRAAT', playInitiator, INITIATOR, startOf.SPEELSTRAAT);
  for (const p of playFans) participate('SPEELSTRAAT', p, PARTICIPANT, joinDate('SPEELSTRAAT', p));

  // ties made via the initiatives (within a cluster: the builder refuses others)
  const sinceOf = (key: InitiativeKey, p: DemoPerson) =>
    members(key).find((x) => x.personExternalId === p.id)?.since ?? startOf[key];
  const meet = (key: InitiativeKey, a: DemoPerson, b: DemoPerson, latest = ago(3)) => {
    const since = dateBetween(rng, laterOf(sinceOf(key, a), sinceOf(key, b)), latest);
    const kind = TieKind.MET_VIA_INITIATIVE;
    const source = rng.chance(0.5) ? TieSource.SELF_REPORTED : TieSource.OBSERVED_BY_WORKER;
    const functions = functionsFor(rng, kind);
    ties.add({ a, b, kind, functions, strength: rng.int(1, 3), since, source, originInitiativeExternalId: idOf[key] });
  };
  const people = (key: InitiativeKey) => members(key).map((x) => population.byId.get(x.personExternalId) as DemoPerson);
  const taartTeam = [taartInitiator, ...bakers];
  for (const r of recipients) {
    const sameCluster = taartTeam.filter((b) => b.cluster === r.cluster);
    if (sameCluster.length > 0 && rng.chance(0.7)) meet('TAART', rng.pick(sameCluster), r);
  }
  for (const b of bakers) meet('TAART', taartInitiator, b);
  for (const [i, a] of bakers.entries()) for (const b of bakers.slice(i + 1)) if (rng.chance(0.3)) meet('TAART', a, b);
  const beren = people('BEREN');
  for (const p of beren) if (rng.chance(0.6)) meet('BEREN', p, rng.pick(beren), addDays(berenEnd, 60));
  for (const p of people('MOESTUIN')) if (p !== gardener) meet('MOESTUIN', gardener, p);
  for (const p of people('EETTAFEL')) if (p !== cook && rng.chance(0.5)) meet('EETTAFEL', cook, p);

  const bridge = buildHelptBridge(ctx, startOf.HELPT, idOf.HELPT, (p, since) =>
    participate('HELPT', p, VOLUNTEER, since),
  );
  // the connectors of Lindenlaan and the new-build coordinate the platform
  for (const c of population.connectors.filter((x) => x.cluster === 'LINDENLAAN' || x.cluster === 'NIEUWBOUW')) {
    const first = c.street.externalId === 'street-lindenlaan';
    participate(
      'HELPT',
      c,
      first ? INITIATOR : ORGANISER,
      first ? laterOf(startOf.HELPT, c.movedInOn) : joinDate('HELPT', c),
    );
  }
  return { rows, participations, idOf, startOf, bridge, participate };
}

/** Two helpers of Lindenhof Helpt, from Lindenlaan and the new-build, who met at a helpers' evening. */
function buildHelptBridge(
  ctx: TieContext,
  start: string,
  initiativeId: string,
  join: (p: DemoPerson, since: string) => void,
): TieRow | null {
  const { rng, today, population, ties } = ctx;
  const ordinary = (cluster: ClusterKey) =>
    population.people.filter((p) => p.cluster === cluster && !p.connector && p.maxTiesToday > 1);
  for (let attempt = 0; attempt < 50; attempt++) {
    const a = rng.pick(ordinary('LINDENLAAN'));
    const b = rng.pick(ordinary('NIEUWBOUW'));
    if (familyNameOf(a) === familyNameOf(b)) continue;
    const since = dateBetween(rng, addDays(today, -160), addDays(today, -40));
    const aJoined = dateBetween(rng, laterOf(start, a.movedInOn), addDays(since, -10));
    const bJoined = dateBetween(rng, laterOf(start, b.movedInOn), addDays(since, -10));
    if (aJoined >= since || bJoined >= since) continue;
    const bridge = ties.add({
      a,
      b,
      kind: TieKind.MET_VIA_INITIATIVE,
      functions: functionsFor(rng, TieKind.MET_VIA_INITIATIVE),
      strength: 1,
      since,
      source: TieSource.OBSERVED_BY_WORKER,
      confidence: 0.7,
      originInitiativeExternalId: initiativeId,
      crossCluster: true,
      note: 'Leerden elkaar kennen op de helpersavond van Lindenhof Helpt.',
    });
    if (bridge) {
      join(a, aJoined);
      join(b, bJoined);
      return bridge;
    }
  }
  return null;
}
